package cn.shequ.platform.featured;

import cn.shequ.platform.shared.MultiLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The form that moves an application on: the state it is to move to and a note for the log. */
@Getter
@Setter
class TransitionForm {

    @NotNull(message = "{featured.error.transition.target}")
    private FeaturedState to;

    @Size(max = 1000, message = "{validation.size.max}")
    @MultiLine
    private String note;

    private Long version;
}
