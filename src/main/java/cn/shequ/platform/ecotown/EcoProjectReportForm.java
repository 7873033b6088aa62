package cn.shequ.platform.ecotown;

import cn.shequ.platform.progress.ProgressReportForm;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import lombok.Getter;
import lombok.Setter;

/** The shared progress report form, plus the households relocated so far (cumulative). */
@Getter
@Setter
class EcoProjectReportForm extends ProgressReportForm {

    @Min(value = 0, message = "{validation.nonNegative}")
    @Max(value = 1000000, message = "{validation.max}")
    private Integer householdsRelocated;
}
