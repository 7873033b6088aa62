package cn.shequ.platform.featured;

import cn.shequ.platform.shared.MultiLine;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The batch's naming: a note for the log (e.g. the naming document). */
@Getter
@Setter
class NamingForm {

    @Size(max = 1000, message = "{validation.size.max}")
    @MultiLine
    private String note;

    private Long version;
}
