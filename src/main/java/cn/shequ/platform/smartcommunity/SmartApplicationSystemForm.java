package cn.shequ.platform.smartcommunity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The form of an entry of the application-system list. */
@Getter
@Setter
class SmartApplicationSystemForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 40, message = "{validation.size.max}")
    private String name;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{validation.min}")
    @Max(value = 9999, message = "{validation.max}")
    private Integer sortOrder;

    private boolean retired;

    private Long version;

    static SmartApplicationSystemForm of(SmartApplicationSystem system) {
        SmartApplicationSystemForm form = new SmartApplicationSystemForm();
        form.name = system.getName();
        form.sortOrder = system.getSortOrder();
        form.retired = system.isRetired();
        form.version = system.getVersion();
        return form;
    }
}
