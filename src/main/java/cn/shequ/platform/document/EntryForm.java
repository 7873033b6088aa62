package cn.shequ.platform.document;

import cn.shequ.platform.shared.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** What the form of every register entry has: its title, its summary and the version it was made from. */
@Getter
@Setter
abstract class EntryForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size.max}")
    private String title;

    @Size(max = 4000, message = "{validation.size.max}")
    @MultiLine
    private String summary;

    private Long version;

    /** Takes the title, summary and version of a saved entry. */
    void copy(RegisterEntry entry) {
        title = entry.getTitle();
        summary = entry.getSummary();
        version = entry.getVersion();
    }
}
