package cn.shequ.platform.document;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import cn.shequ.platform.shared.WorkStream;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

@Getter
@Setter
class DocumentForm extends EntryForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 40, message = "{validation.size.max}")
    private String number;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String issuer;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issuedOn;

    @NotEmpty(message = "{document.error.streams}")
    private Set<WorkStream> streams = EnumSet.noneOf(WorkStream.class);

    /** A new form, dated {@code today}. */
    static DocumentForm dated(LocalDate today) {
        DocumentForm form = new DocumentForm();
        form.issuedOn = today;
        return form;
    }

    static DocumentForm of(Document document) {
        DocumentForm form = new DocumentForm();
        form.copy(document);
        form.number = document.getNumber();
        form.issuer = document.getIssuer();
        form.issuedOn = document.getIssuedOn();
        form.streams = EnumSet.copyOf(document.getStreams().isEmpty() ? EnumSet.of(WorkStream.GENERAL) : document.getStreams());
        return form;
    }
}
