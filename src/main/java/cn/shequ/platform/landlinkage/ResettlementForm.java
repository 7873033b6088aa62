package cn.shequ.platform.landlinkage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shequ.platform.shared.MultiLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a resettlement. */
@Getter
@Setter
class ResettlementForm {

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate resettledOn;

    @NotNull(message = "{validation.required}")
    private ResettlementMode mode;

    @NotNull(message = "{validation.required}")
    private Long zoneId;

    private List<Long> villageIds = new ArrayList<>();

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{landlinkage.error.resettlement.households}")
    @Max(value = 100000, message = "{validation.max}")
    private Integer households;

    @Size(max = 2000, message = "{validation.size.max}")
    @MultiLine
    private String notes;

    private Long version;

    static ResettlementForm of(LandResettlement resettlement) {
        ResettlementForm form = new ResettlementForm();
        form.resettledOn = resettlement.getResettledOn();
        form.mode = resettlement.getMode();
        form.zoneId = resettlement.getZone().getId();
        form.villageIds = new ArrayList<>(resettlement.getVillageIds());
        form.households = resettlement.getHouseholds();
        form.notes = resettlement.getNotes();
        form.version = resettlement.getVersion();
        return form;
    }

    LandResettlement.Details details() {
        return new LandResettlement.Details(resettledOn, mode, households, notes);
    }
}
