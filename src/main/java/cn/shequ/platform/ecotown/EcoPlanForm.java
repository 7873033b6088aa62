package cn.shequ.platform.ecotown;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.shequ.platform.record.PlacedForm;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.shared.MultiLine;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a plan. */
@Getter
@Setter
class EcoPlanForm implements PlacedForm<EcoPlan> {

    @NotNull(message = "{validation.required}")
    private Long communityId;

    @NotNull(message = "{validation.required}")
    @Min(value = 2000, message = "{validation.min}")
    @Max(value = 2100, message = "{validation.max}")
    private Integer year;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String name;

    @NotNull(message = "{validation.required}")
    private EcoPlanType planType;

    @NotNull(message = "{validation.required}")
    private EcoPlanStatus status;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate approvedOn;

    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @DecimalMax(value = "1000000", message = "{validation.decimal.max}")
    private BigDecimal industryArea;

    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @DecimalMax(value = "1000000", message = "{validation.decimal.max}")
    private BigDecimal residentialArea;

    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @DecimalMax(value = "1000000", message = "{validation.decimal.max}")
    private BigDecimal serviceArea;

    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @DecimalMax(value = "1000000", message = "{validation.decimal.max}")
    private BigDecimal ecologyArea;

    @Size(max = 2000, message = "{validation.size.max}")
    @MultiLine
    private String notes;

    private Long version;

    static EcoPlanForm of(EcoPlan plan) {
        EcoPlanForm form = new EcoPlanForm();
        form.communityId = plan.getCommunityId();
        form.year = plan.getYear();
        form.name = plan.getName();
        form.planType = plan.getPlanType();
        form.status = plan.getStatus();
        form.approvedOn = plan.getApprovedOn();
        form.industryArea = plan.getIndustryArea();
        form.residentialArea = plan.getResidentialArea();
        form.serviceArea = plan.getServiceArea();
        form.ecologyArea = plan.getEcologyArea();
        form.notes = plan.getNotes();
        form.version = plan.getVersion();
        return form;
    }

    @Override
    public int year() {
        return year;
    }

    @Override
    public EcoPlan create(CommunityRef community) {
        return EcoPlan.draw(details(community));
    }

    @Override
    public void update(EcoPlan plan, CommunityRef community) {
        plan.describe(details(community));
    }

    private EcoPlan.Details details(CommunityRef community) {
        return new EcoPlan.Details(community.id(), community.path(), year, name, planType, status, approvedOn, industryArea,
                residentialArea, serviceArea, ecologyArea, notes);
    }
}
