package cn.shequ.platform.ecotown;

import java.math.BigDecimal;

import cn.shequ.platform.record.PlacedForm;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.shared.MultiLine;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The form of a riverside key community. */
@Getter
@Setter
class EcoRiversideForm implements PlacedForm<EcoRiverside> {

    @NotNull(message = "{validation.required}")
    private Long communityId;

    @NotNull(message = "{validation.required}")
    @Min(value = 2000, message = "{validation.min}")
    @Max(value = 2100, message = "{validation.max}")
    private Integer year;

    private boolean featured;

    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @DecimalMax(value = "1000000", message = "{validation.decimal.max}")
    private BigDecimal landQuota;

    @Size(max = 2000, message = "{validation.size.max}")
    @MultiLine
    private String notes;

    private Long version;

    static EcoRiversideForm of(EcoRiverside riverside) {
        EcoRiversideForm form = new EcoRiversideForm();
        form.communityId = riverside.getCommunityId();
        form.year = riverside.getYear();
        form.featured = riverside.isFeatured();
        form.landQuota = riverside.getLandQuota();
        form.notes = riverside.getNotes();
        form.version = riverside.getVersion();
        return form;
    }

    @Override
    public int year() {
        return year;
    }

    @Override
    public EcoRiverside create(CommunityRef community) {
        return EcoRiverside.select(details(community));
    }

    @Override
    public void update(EcoRiverside riverside, CommunityRef community) {
        riverside.describe(details(community));
    }

    /** The details of the community the form names, which must lie along the river. */
    private EcoRiverside.Details details(CommunityRef community) {
        return new EcoRiverside.Details(community.id(), community.path(), community.alongRiver(), year, featured,
                landQuota, notes);
    }
}
