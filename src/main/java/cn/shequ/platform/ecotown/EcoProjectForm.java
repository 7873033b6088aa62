package cn.shequ.platform.ecotown;

import java.math.BigDecimal;

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

/** The form of a key project. */
@Getter
@Setter
class EcoProjectForm {

    @NotNull(message = "{validation.required}")
    private EcoProjectKind kind;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String name;

    @NotNull(message = "{validation.required}")
    private Long communityId;

    @NotNull(message = "{validation.required}")
    @Min(value = 2000, message = "{validation.min}")
    @Max(value = 2100, message = "{validation.max}")
    private Integer year;

    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @DecimalMax(value = "10000000", message = "{validation.decimal.max}")
    private BigDecimal plannedInvestment;

    private boolean prefectureAssessed;

    private EcoAssessmentResult assessmentResult;

    private Long planDocumentId;

    @Size(max = 2000, message = "{validation.size.max}")
    @MultiLine
    private String notes;

    private Long version;

    static EcoProjectForm of(EcoProject project) {
        EcoProjectForm form = new EcoProjectForm();
        form.kind = project.getKind();
        form.name = project.getName();
        form.communityId = project.getCommunityId();
        form.year = project.getYear();
        form.plannedInvestment = project.getPlannedInvestment();
        form.prefectureAssessed = project.isPrefectureAssessed();
        form.assessmentResult = project.getAssessmentResult();
        form.planDocumentId = project.getPlanDocumentId();
        form.notes = project.getNotes();
        form.version = project.getVersion();
        return form;
    }
}
