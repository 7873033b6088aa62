package cn.shequ.platform.featured;

import cn.shequ.platform.shared.MultiLine;
import cn.shequ.platform.web.FormValues;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The form of an aspect of the reference list. */
@Getter
@Setter
class AspectForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 40, message = "{validation.size.max}")
    private String name;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{validation.min}")
    @Max(value = 999, message = "{validation.max}")
    private Integer sortOrder;

    private boolean active = true;

    @Size(max = 500, message = "{validation.size.max}")
    @MultiLine
    private String description;

    private Long version;

    static AspectForm of(FeaturedAspect aspect) {
        return FormValues.of(aspect, new AspectForm());
    }
}
