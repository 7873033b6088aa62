package cn.shequ.platform.ecotown;

import java.time.LocalDate;

import cn.shequ.platform.record.PlacedForm;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.shared.MultiLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a farmers' cooperative. */
@Getter
@Setter
class EcoCooperativeForm implements PlacedForm<EcoCooperative> {

    @NotNull(message = "{validation.required}")
    private Long communityId;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String name;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate foundedOn;

    @Min(value = 0, message = "{validation.nonNegative}")
    @Max(value = 100000, message = "{validation.max}")
    private Integer members;

    @Size(max = 2000, message = "{validation.size.max}")
    @MultiLine
    private String notes;

    private Long version;

    static EcoCooperativeForm of(EcoCooperative cooperative) {
        EcoCooperativeForm form = new EcoCooperativeForm();
        form.communityId = cooperative.getCommunityId();
        form.name = cooperative.getName();
        form.foundedOn = cooperative.getFoundedOn();
        form.members = cooperative.getMembers();
        form.notes = cooperative.getNotes();
        form.version = cooperative.getVersion();
        return form;
    }

    @Override
    public int year() {
        return foundedOn.getYear();
    }

    @Override
    public EcoCooperative create(CommunityRef community) {
        return EcoCooperative.found(details(community));
    }

    @Override
    public void update(EcoCooperative cooperative, CommunityRef community) {
        cooperative.describe(details(community));
    }

    private EcoCooperative.Details details(CommunityRef community) {
        return new EcoCooperative.Details(community.id(), community.path(), name, foundedOn, members, notes);
    }
}
