package cn.shequ.platform.landlinkage;

import java.math.BigDecimal;

import cn.shequ.platform.shared.MultiLine;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The form of a linkage plot: a library site taken into a county's plan of a year. */
@Getter
@Setter
class PlotForm {

    /** The library site (fixed once the plot exists). */
    private Long entryId;

    /** The county whose plan it is (fixed once the plot exists). */
    private Long countyId;

    @NotNull(message = "{validation.required}")
    @Min(value = 2000, message = "{validation.min}")
    @Max(value = 2100, message = "{validation.max}")
    private Integer planYear;

    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @DecimalMax(value = "1000000", message = "{validation.decimal.max}")
    private BigDecimal plannedArea;

    @Size(max = 2000, message = "{validation.size.max}")
    @MultiLine
    private String notes;

    private Long version;

    static PlotForm of(LinkagePlot plot) {
        PlotForm form = new PlotForm();
        form.entryId = plot.getEntry().getId();
        form.planYear = plot.getPlanYear();
        form.plannedArea = plot.getPlannedArea();
        form.notes = plot.getNotes();
        form.version = plot.getVersion();
        return form;
    }
}
