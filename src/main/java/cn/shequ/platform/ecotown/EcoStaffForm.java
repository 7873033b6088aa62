package cn.shequ.platform.ecotown;

import java.time.LocalDate;

import cn.shequ.platform.shared.MultiLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a staff count. */
@Getter
@Setter
class EcoStaffForm {

    @NotNull(message = "{validation.required}")
    private Long communityId;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate asOf;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{validation.nonNegative}")
    @Max(value = 1000, message = "{validation.max}")
    private Integer workers;

    @Size(max = 2000, message = "{validation.size.max}")
    @MultiLine
    private String notes;

    private Long version;

    static EcoStaffForm of(EcoStaffCount count) {
        EcoStaffForm form = new EcoStaffForm();
        form.communityId = count.getCommunityId();
        form.asOf = count.getAsOf();
        form.workers = count.getWorkers();
        form.notes = count.getNotes();
        form.version = count.getVersion();
        return form;
    }

    EcoStaffCount.Details details(String regionPath) {
        return new EcoStaffCount.Details(communityId, regionPath, asOf, workers, notes);
    }
}
