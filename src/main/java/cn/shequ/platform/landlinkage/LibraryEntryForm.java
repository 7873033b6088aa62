package cn.shequ.platform.landlinkage;

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

/** The form of a library site. */
@Getter
@Setter
class LibraryEntryForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String name;

    @NotNull(message = "{validation.required}")
    private LandSiteKind kind;

    @NotNull(message = "{validation.required}")
    private Long townId;

    private Long communityId;

    private Long villageId;

    @NotNull(message = "{validation.required}")
    @Min(value = 2000, message = "{validation.min}")
    @Max(value = 2100, message = "{validation.max}")
    private Integer enteredYear;

    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @DecimalMax(value = "1000000", message = "{validation.decimal.max}")
    private BigDecimal area;

    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @DecimalMax(value = "1000000", message = "{validation.decimal.max}")
    private BigDecimal reclaimableArea;

    @Size(max = 2000, message = "{validation.size.max}")
    @MultiLine
    private String notes;

    private Long version;

    static LibraryEntryForm of(LandLibraryEntry entry) {
        LibraryEntryForm form = new LibraryEntryForm();
        form.name = entry.getName();
        form.kind = entry.getKind();
        form.townId = entry.getTownId();
        form.communityId = entry.getCommunityId();
        form.villageId = entry.getVillageId();
        form.enteredYear = entry.getEnteredYear();
        form.area = entry.getArea();
        form.reclaimableArea = entry.getReclaimableArea();
        form.notes = entry.getNotes();
        form.version = entry.getVersion();
        return form;
    }
}
