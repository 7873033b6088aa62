package cn.shequ.platform.ecotown;

import java.math.BigDecimal;

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

/** The form of a designation and its award. */
@Getter
@Setter
class EcoDesignationForm implements PlacedForm<EcoDesignation> {

    @NotNull(message = "{validation.required}")
    private Long communityId;

    @NotNull(message = "{validation.required}")
    @Min(value = 2000, message = "{validation.min}")
    @Max(value = 2100, message = "{validation.max}")
    private Integer year;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String title;

    @NotNull(message = "{validation.required}")
    private EcoDesignationLevel level;

    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @DecimalMax(value = "1000000", message = "{validation.decimal.max}")
    private BigDecimal awardAmount;

    @Size(max = 100, message = "{validation.size.max}")
    private String awardPurpose;

    @Min(value = 1, message = "{validation.min}")
    @Max(value = 10000, message = "{validation.max}")
    private Integer cohortTotal;

    @Size(max = 2000, message = "{validation.size.max}")
    @MultiLine
    private String notes;

    private Long version;

    static EcoDesignationForm of(EcoDesignation designation) {
        EcoDesignationForm form = new EcoDesignationForm();
        form.communityId = designation.getCommunityId();
        form.year = designation.getYear();
        form.title = designation.getTitle();
        form.level = designation.getLevel();
        form.awardAmount = designation.getAwardAmount();
        form.awardPurpose = designation.getAwardPurpose();
        form.cohortTotal = designation.getCohortTotal();
        form.notes = designation.getNotes();
        form.version = designation.getVersion();
        return form;
    }

    @Override
    public int year() {
        return year;
    }

    @Override
    public EcoDesignation create(CommunityRef community) {
        return EcoDesignation.designate(details(community));
    }

    @Override
    public void update(EcoDesignation designation, CommunityRef community) {
        designation.describe(details(community));
    }

    private EcoDesignation.Details details(CommunityRef community) {
        return new EcoDesignation.Details(community.id(), community.path(), year, title, level, awardAmount, awardPurpose,
                cohortTotal, notes);
    }
}
