package cn.shequ.platform.progress;

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

/** The form of a progress report; a work stream with more to report extends it. */
@Getter
@Setter
public class ProgressReportForm {

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reportDate;

    @NotNull(message = "{validation.required}")
    private ProjectStatus status;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{validation.min}")
    @Max(value = 100, message = "{validation.max}")
    private Integer percentComplete;

    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @DecimalMax(value = "9999999", message = "{validation.decimal.max}")
    private BigDecimal investmentToDate;

    @Size(max = 1000, message = "{validation.size.max}")
    @MultiLine
    private String note;

    /** The project's version the form was made from: a report on a changed project is refused. */
    private Long version;

    /** The form for the next report: today, and where the project stands now. */
    public static <F extends ProgressReportForm> F next(F form, Progress progress, Long version, LocalDate today) {
        form.setReportDate(today);
        form.setStatus(progress.getStatus());
        form.setPercentComplete(progress.getPercentComplete());
        form.setInvestmentToDate(progress.getInvestmentToDate());
        form.setVersion(version);
        return form;
    }

    public Progress.ReportDraft draft() {
        return new Progress.ReportDraft(reportDate, status, percentComplete, investmentToDate);
    }
}
