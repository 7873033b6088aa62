package cn.shequ.platform.landlinkage;

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

/** The form of a zone's progress entry: what was done since the entry before (or, as opening balance, before the platform). */
@Getter
@Setter
class ZoneProgressForm {

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate entryDate;

    private boolean openingBalance;

    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @DecimalMax(value = "100000000", message = "{validation.decimal.max}")
    private BigDecimal completedArea;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{validation.nonNegative}")
    @Max(value = 1000000, message = "{validation.max}")
    private Integer households;

    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @DecimalMax(value = "1000000", message = "{validation.decimal.max}")
    private BigDecimal landSaved;

    @Size(max = 1000, message = "{validation.size.max}")
    @MultiLine
    private String note;

    LandZoneProgress.Draft draft() {
        return new LandZoneProgress.Draft(entryDate, openingBalance, completedArea, households, landSaved, note);
    }
}
