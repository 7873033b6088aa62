package cn.shequ.platform.landlinkage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shequ.platform.shared.MultiLine;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a completion acceptance. The covered plots are chosen when it is recorded, not edited after. */
@Getter
@Setter
class AcceptanceForm {

    private List<Long> plotIds = new ArrayList<>();

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate acceptedOn;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String authority;

    @NotBlank(message = "{validation.required}")
    @Size(max = 60, message = "{validation.size.max}")
    private String documentNumber;

    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @DecimalMax(value = "1000000", message = "{validation.decimal.max}")
    private BigDecimal landSaved;

    @Size(max = 2000, message = "{validation.size.max}")
    @MultiLine
    private String notes;

    private Long version;

    static AcceptanceForm of(LandAcceptance acceptance) {
        AcceptanceForm form = new AcceptanceForm();
        form.plotIds.addAll(acceptance.getPlotIds());
        form.acceptedOn = acceptance.getAcceptedOn();
        form.authority = acceptance.getAuthority();
        form.documentNumber = acceptance.getDocumentNumber();
        form.landSaved = acceptance.getLandSaved();
        form.notes = acceptance.getNotes();
        form.version = acceptance.getVersion();
        return form;
    }

    LandAcceptance.Details details() {
        return new LandAcceptance.Details(acceptedOn, authority, documentNumber, landSaved, notes);
    }
}
