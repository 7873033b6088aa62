package cn.shequ.platform.featured;

import java.math.BigDecimal;

import cn.shequ.platform.shared.MultiLine;
import cn.shequ.platform.web.FormValues;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The form of an application: the community, the aspect and the feature project. */
@Getter
@Setter
class ApplicationForm {

    @NotNull(message = "{validation.required}")
    private Long communityId;

    @NotNull(message = "{validation.required}")
    private Long aspectId;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size.max}")
    private String title;

    @NotBlank(message = "{validation.required}")
    @Size(max = 4000, message = "{validation.size.max}")
    @MultiLine
    private String description;

    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @DecimalMax(value = "1000000", message = "{validation.decimal.max}")
    private BigDecimal investment;

    @Min(value = 0, message = "{validation.nonNegative}")
    @Max(value = 1000000, message = "{validation.max}")
    private Integer households;

    @Size(max = 2000, message = "{validation.size.max}")
    @MultiLine
    private String figures;

    private Long version;

    static ApplicationForm of(FeaturedApplication application) {
        ApplicationForm form = FormValues.of(application, new ApplicationForm());
        form.aspectId = application.getAspect().getId();
        return form;
    }
}
