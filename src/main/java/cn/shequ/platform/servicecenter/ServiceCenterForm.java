package cn.shequ.platform.servicecenter;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.shequ.platform.shared.MultiLine;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a service-center project. */
@Getter
@Setter
class ServiceCenterForm {

    @NotNull(message = "{validation.required}")
    private Long communityId;

    @NotNull(message = "{validation.required}")
    @Min(value = 2000, message = "{validation.min}")
    @Max(value = 2100, message = "{validation.max}")
    private Integer planYear;

    @NotNull(message = "{validation.required}")
    private ServiceCenterKind kind;

    private ReusedBuilding reusedBuilding;

    private boolean showcase;

    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @DecimalMax(value = "1000000", message = "{validation.decimal.max}")
    private BigDecimal floorArea;

    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @DecimalMax(value = "1000000", message = "{validation.decimal.max}")
    private BigDecimal plannedInvestment;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedStart;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedFinish;

    @Size(max = 2000, message = "{validation.size.max}")
    @MultiLine
    private String notes;

    private Long version;

    static ServiceCenterForm of(ServiceCenterProject project) {
        ServiceCenterForm form = new ServiceCenterForm();
        form.communityId = project.getCommunityId();
        form.planYear = project.getPlanYear();
        form.kind = project.getKind();
        form.reusedBuilding = project.getReusedBuilding();
        form.showcase = project.isShowcase();
        form.floorArea = project.getFloorArea();
        form.plannedInvestment = project.getPlannedInvestment();
        form.plannedStart = project.getPlannedStart();
        form.plannedFinish = project.getPlannedFinish();
        form.notes = project.getNotes();
        form.version = project.getVersion();
        return form;
    }

    ServiceCenterProject.Details details(String regionPath) {
        return new ServiceCenterProject.Details(communityId, regionPath, planYear, kind,
                reusedBuilding, showcase, floorArea,
                plannedInvestment, plannedStart, plannedFinish, notes);
    }
}
