package cn.shequ.platform.communityservice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import cn.shequ.platform.shared.MultiLine;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a public-welfare activity: its places are towns and communities, chosen separately. */
@Getter
@Setter
class WelfareActivityForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size.max}")
    private String title;

    @NotEmpty(message = "{communityservice.error.kinds}")
    private Set<WelfareActivityKind> kinds = EnumSet.noneOf(WelfareActivityKind.class);

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    private Set<Long> townIds = new LinkedHashSet<>();

    private Set<Long> communityIds = new LinkedHashSet<>();

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String organiser;

    @Size(max = 100, message = "{validation.size.max}")
    private String partnerEnterprise;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{validation.nonNegative}")
    @Max(value = 1_000_000, message = "{validation.max}")
    private Integer peopleHelped;

    @Min(value = 0, message = "{validation.nonNegative}")
    @Max(value = 100_000, message = "{validation.max}")
    private Integer studentsAided;

    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @DecimalMax(value = "1000000", message = "{validation.decimal.max}")
    private BigDecimal money;

    @Size(max = 2000, message = "{validation.size.max}")
    @MultiLine
    private String notes;

    private Long version;

    /** A new form, the activity held {@code today}, no one helped yet. */
    static WelfareActivityForm heldOn(LocalDate today) {
        WelfareActivityForm form = new WelfareActivityForm();
        form.heldOn = today;
        form.peopleHelped = 0;
        return form;
    }
}
