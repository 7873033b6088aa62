package cn.shequ.platform.communityservice;

import cn.shequ.platform.record.PlacedForm;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.shared.MultiLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The form of a “四社联动” pilot. */
@Getter
@Setter
class FourPartyPilotForm implements PlacedForm<FourPartyPilot> {

    @NotNull(message = "{validation.required}")
    private Long communityId;

    @NotNull(message = "{validation.required}")
    @Min(value = 2000, message = "{validation.min}")
    @Max(value = 2100, message = "{validation.max}")
    private Integer pilotYear;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{validation.nonNegative}")
    @Max(value = 1000, message = "{validation.max}")
    private Integer socialOrganisations;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{validation.nonNegative}")
    @Max(value = 1000, message = "{validation.max}")
    private Integer socialWorkers;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{validation.nonNegative}")
    @Max(value = 100_000, message = "{validation.max}")
    private Integer volunteers;

    @ServiceDocument
    private Long documentId;

    @Size(max = 2000, message = "{validation.size.max}")
    @MultiLine
    private String notes;

    private Long version;

    static FourPartyPilotForm of(FourPartyPilot pilot) {
        FourPartyPilotForm form = new FourPartyPilotForm();
        form.communityId = pilot.getCommunityId();
        form.pilotYear = pilot.getYear();
        form.socialOrganisations = pilot.getSocialOrganisations();
        form.socialWorkers = pilot.getSocialWorkers();
        form.volunteers = pilot.getVolunteers();
        form.documentId = pilot.getDocumentId();
        form.notes = pilot.getNotes();
        form.version = pilot.getVersion();
        return form;
    }

    @Override
    public int year() {
        return pilotYear;
    }

    @Override
    public FourPartyPilot create(CommunityRef community) {
        return FourPartyPilot.start(details(community));
    }

    @Override
    public void update(FourPartyPilot pilot, CommunityRef community) {
        pilot.describe(details(community));
    }

    private FourPartyPilot.Details details(CommunityRef community) {
        return new FourPartyPilot.Details(community.id(), community.path(), pilotYear, socialOrganisations, socialWorkers,
                volunteers, documentId, notes);
    }
}
