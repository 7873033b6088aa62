package cn.shequ.platform.smartcommunity;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import cn.shequ.platform.shared.MultiLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a smart-community construction record. */
@Getter
@Setter
class SmartCommunityForm {

    @NotNull(message = "{validation.required}")
    private Long communityId;

    @NotNull(message = "{validation.required}")
    @Min(value = 2000, message = "{validation.min}")
    @Max(value = 2100, message = "{validation.max}")
    private Integer planYear;

    @NotNull(message = "{validation.required}")
    @Min(value = SmartCommunity.PILOT_BATCH, message = "{validation.min}")
    @Max(value = SmartCommunity.LAST_BATCH, message = "{validation.max}")
    private Integer batch;

    @Size(max = 100, message = "{validation.size.max}")
    private String partner;

    private Set<Long> systemIds = new LinkedHashSet<>();

    @Min(value = 0, message = "{validation.nonNegative}")
    @Max(value = 1_000_000, message = "{validation.max}")
    private Integer setTopBoxes;

    @Min(value = 0, message = "{validation.nonNegative}")
    @Max(value = 1_000_000, message = "{validation.max}")
    private Integer householdsConnected;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate platformCompletedOn;

    private Long planDocumentId;

    @Size(max = 2000, message = "{validation.size.max}")
    @MultiLine
    private String notes;

    private Long version;

    static SmartCommunityForm of(SmartCommunity record) {
        SmartCommunityForm form = new SmartCommunityForm();
        form.communityId = record.getCommunityId();
        form.planYear = record.getPlanYear();
        form.batch = record.getBatch();
        form.partner = record.getPartner();
        record.getSortedSystems().forEach(s -> form.systemIds.add(s.getId()));
        form.setTopBoxes = record.getSetTopBoxes();
        form.householdsConnected = record.getHouseholdsConnected();
        form.startDate = record.getStartDate();
        form.platformCompletedOn = record.getPlatformCompletedOn();
        form.planDocumentId = record.getPlanDocumentId();
        form.notes = record.getNotes();
        form.version = record.getVersion();
        return form;
    }

    SmartCommunity.Details details(String regionPath, int communityHouseholds, Set<SmartApplicationSystem> systems) {
        return new SmartCommunity.Details(communityId, regionPath, planYear, batch, partner, systems,
                setTopBoxes == null ? 0 : setTopBoxes, householdsConnected == null ? 0 : householdsConnected,
                communityHouseholds, startDate, platformCompletedOn, planDocumentId, notes);
    }
}
