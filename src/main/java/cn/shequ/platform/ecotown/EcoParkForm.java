package cn.shequ.platform.ecotown;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.shequ.platform.record.PlacedForm;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.shared.MultiLine;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a featured industrial park. */
@Getter
@Setter
class EcoParkForm implements PlacedForm<EcoPark> {

    @NotNull(message = "{validation.required}")
    private Long communityId;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String name;

    @NotNull(message = "{validation.required}")
    private EcoParkKind kind;

    @DecimalMin(value = "0", message = "{validation.nonNegative}")
    @DecimalMax(value = "1000000", message = "{validation.decimal.max}")
    private BigDecimal area;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate establishedOn;

    @Size(max = 2000, message = "{validation.size.max}")
    @MultiLine
    private String notes;

    private Long version;

    static EcoParkForm of(EcoPark park) {
        EcoParkForm form = new EcoParkForm();
        form.communityId = park.getCommunityId();
        form.name = park.getName();
        form.kind = park.getKind();
        form.area = park.getArea();
        form.establishedOn = park.getEstablishedOn();
        form.notes = park.getNotes();
        form.version = park.getVersion();
        return form;
    }

    @Override
    public int year() {
        return establishedOn.getYear();
    }

    @Override
    public EcoPark create(CommunityRef community) {
        return EcoPark.establish(details(community));
    }

    @Override
    public void update(EcoPark park, CommunityRef community) {
        park.describe(details(community));
    }

    private EcoPark.Details details(CommunityRef community) {
        return new EcoPark.Details(community.id(), community.path(), name, kind, area, establishedOn, notes);
    }
}
