package cn.shequ.platform.communityservice;

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
class FourPartyPilotForm {

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

    private Long documentId;

    @Size(max = 2000, message = "{validation.size.max}")
    @MultiLine
    private String notes;

    private Long version;

    static FourPartyPilotForm of(FourPartyPilot pilot) {
        FourPartyPilotForm form = new FourPartyPilotForm();
        form.communityId = pilot.getCommunityId();
        form.pilotYear = pilot.getPilotYear();
        form.socialOrganisations = pilot.getSocialOrganisations();
        form.socialWorkers = pilot.getSocialWorkers();
        form.volunteers = pilot.getVolunteers();
        form.documentId = pilot.getDocumentId();
        form.notes = pilot.getNotes();
        form.version = pilot.getVersion();
        return form;
    }

    FourPartyPilot.Details details(String regionPath) {
        return new FourPartyPilot.Details(communityId, regionPath, pilotYear, socialOrganisations, socialWorkers,
                volunteers, documentId, notes);
    }
}
