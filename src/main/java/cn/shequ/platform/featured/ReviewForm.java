package cn.shequ.platform.featured;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.shequ.platform.shared.MultiLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A reviewer's scores of an application: criterion id → score (0–100), and a note. */
@Getter
@Setter
class ReviewForm {

    private Map<Long, @NotNull(message = "{validation.required}") @Min(value = 0, message = "{validation.min}")
            @Max(value = 100, message = "{validation.max}") Integer> scores = new LinkedHashMap<>();

    @Size(max = 1000, message = "{validation.size.max}")
    @MultiLine
    private String note;

    /** The version of the reviewer's earlier scores (none for a first review). */
    private Long version;
}
