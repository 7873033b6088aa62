package cn.shequ.platform.ecotown;

import java.time.LocalDate;

import cn.shequ.platform.record.PlacedForm;
import cn.shequ.platform.region.CommunityRef;
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
class EcoStaffForm implements PlacedForm<EcoStaffCount> {

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

    @Override
    public int year() {
        return asOf.getYear();
    }

    @Override
    public EcoStaffCount create(CommunityRef community) {
        return EcoStaffCount.count(details(community));
    }

    @Override
    public void update(EcoStaffCount count, CommunityRef community) {
        count.describe(details(community));
    }

    private EcoStaffCount.Details details(CommunityRef community) {
        return new EcoStaffCount.Details(community.id(), community.path(), asOf, workers, notes);
    }
}
