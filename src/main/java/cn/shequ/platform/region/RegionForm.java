package cn.shequ.platform.region;

import cn.shequ.platform.web.FormValues;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The create and edit form of a region. Code, level and parent are only taken on create. */
@Getter
@Setter
class RegionForm {

    private Long parentId;

    @NotNull(message = "{validation.required}", groups = Create.class)
    private RegionLevel level;

    @NotBlank(message = "{validation.required}", groups = Create.class)
    @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}|\\d{15}", message = "{region.error.code.pattern}", groups = Create.class)
    private String code;

    @NotBlank(message = "{validation.required}")
    @Size(max = 50, message = "{validation.size.max}")
    private String name;

    private CommunityKind kind;

    @PositiveOrZero(message = "{validation.nonNegative}")
    @Max(value = 1_000_000, message = "{validation.max}")
    private Integer households;

    @PositiveOrZero(message = "{validation.nonNegative}")
    @Max(value = 5_000_000, message = "{validation.max}")
    private Integer population;

    private boolean alongRiver;

    private boolean alongRoad;

    @Size(max = 100, message = "{validation.size.max}")
    private String aggregationZone;

    private Long version;

    /** Constraints of the fields only a new region sets (code and level are fixed afterwards). */
    interface Create {
    }

    static RegionForm of(Region region) {
        RegionForm form = FormValues.of(region, new RegionForm());
        form.parentId = region.getParent() == null ? null : region.getParent().getId();
        return form;
    }
}
