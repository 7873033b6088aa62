package cn.shequ.platform.communityservice;

import java.time.LocalDate;

import cn.shequ.platform.shared.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of an enterprise–community pairing. */
@Getter
@Setter
class PairingForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String enterprise;

    @NotNull(message = "{validation.required}")
    private Long communityId;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate since;

    @Size(max = 500, message = "{validation.size.max}")
    private String built;

    @Size(max = 2000, message = "{validation.size.max}")
    @MultiLine
    private String notes;

    private Long version;

    /** A new form, the pairing beginning {@code today}. */
    static PairingForm since(LocalDate today) {
        PairingForm form = new PairingForm();
        form.since = today;
        return form;
    }

    static PairingForm of(EnterprisePairing pairing) {
        PairingForm form = new PairingForm();
        form.enterprise = pairing.getEnterprise();
        form.communityId = pairing.getCommunityId();
        form.since = pairing.getSince();
        form.built = pairing.getBuilt();
        form.notes = pairing.getNotes();
        form.version = pairing.getVersion();
        return form;
    }

    EnterprisePairing.Details details(String regionPath) {
        return new EnterprisePairing.Details(enterprise, communityId, regionPath, since, built, notes);
    }
}
