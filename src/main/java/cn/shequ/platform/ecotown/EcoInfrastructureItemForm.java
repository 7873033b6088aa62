package cn.shequ.platform.ecotown;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The form of an item of the infrastructure list. */
@Getter
@Setter
class EcoInfrastructureItemForm {

    @NotNull(message = "{validation.required}")
    private EcoInfrastructureGroup group;

    @NotBlank(message = "{validation.required}")
    @Size(max = 50, message = "{validation.size.max}")
    private String name;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{validation.min}")
    @Max(value = 999, message = "{validation.max}")
    private Integer sortOrder;

    private boolean active = true;

    private Long version;

    static EcoInfrastructureItemForm of(EcoInfrastructureItem item) {
        EcoInfrastructureItemForm form = new EcoInfrastructureItemForm();
        form.group = item.getGroup();
        form.name = item.getName();
        form.sortOrder = item.getSortOrder();
        form.active = item.isActive();
        form.version = item.getVersion();
        return form;
    }
}
