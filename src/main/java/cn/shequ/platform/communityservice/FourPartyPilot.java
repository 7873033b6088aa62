package cn.shequ.platform.communityservice;

import java.util.ArrayList;
import java.util.List;

import cn.shequ.platform.audit.Refers;
import cn.shequ.platform.document.Document;
import cn.shequ.platform.record.PlacedRecord;
import cn.shequ.platform.region.DataScope;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.RuleViolationException.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

/**
 * A “四社联动” pilot: a community that, in a year, works with community social organisations, social
 * workers and volunteers (社区、社区社会组织、社会工作专业人才、社区志愿者). One per community and year.
 */
@Entity
@Table(name = "four_party_pilot")
@Audited
@Filter(name = DataScope.FILTER)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class FourPartyPilot extends PlacedRecord {

    /** The pilot year. */
    @Column(name = "pilot_year", nullable = false)
    private int year;

    @Column(name = "social_organisations", nullable = false)
    private int socialOrganisations;

    @Column(name = "social_workers", nullable = false)
    private int socialWorkers;

    @Column(nullable = false)
    private int volunteers;

    @Refers(Document.class)
    @Column(name = "document_id")
    private Long documentId;

    @Column(length = 2000)
    private String notes;

    record Details(long communityId, String regionPath, int pilotYear, int socialOrganisations, int socialWorkers,
            int volunteers, Long documentId, String notes) {
    }

    static FourPartyPilot start(Details details) {
        FourPartyPilot pilot = new FourPartyPilot();
        pilot.describe(details);
        return pilot;
    }

    /** Sets the pilot after checking it: a year between 2000 and 2100, counts not negative. */
    void describe(Details details) {
        List<Violation> violations = new ArrayList<>();
        if (details.pilotYear() < 2000 || details.pilotYear() > 2100) {
            violations.add(new Violation("pilotYear", "communityservice.error.year"));
        }
        if (details.socialOrganisations() < 0) {
            violations.add(new Violation("socialOrganisations", "validation.nonNegative"));
        }
        if (details.socialWorkers() < 0) {
            violations.add(new Violation("socialWorkers", "validation.nonNegative"));
        }
        if (details.volunteers() < 0) {
            violations.add(new Violation("volunteers", "validation.nonNegative"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        placeAt(details.communityId(), details.regionPath());
        this.year = details.pilotYear();
        this.socialOrganisations = details.socialOrganisations();
        this.socialWorkers = details.socialWorkers();
        this.volunteers = details.volunteers();
        this.documentId = details.documentId();
        this.notes = clean(details.notes());
    }
}
