package cn.shequ.platform.communityservice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shequ.platform.record.PlacedRecord;
import cn.shequ.platform.region.DataScope;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.RuleViolationException.Violation;
import cn.shequ.platform.shared.SaneDates;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * An enterprise paired with a community (结对帮扶) since a date: what the enterprise gave, in dated
 * entries of money and goods (万元), and what was built with it.
 */
@Entity
@Table(name = "enterprise_pairing")
@Audited
@Filter(name = DataScope.FILTER)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class EnterprisePairing extends PlacedRecord {

    @Column(nullable = false, length = 100)
    private String enterprise;

    @Column(nullable = false)
    private LocalDate since;

    @Column(length = 500)
    private String built;

    @Column(length = 2000)
    private String notes;

    @NotAudited
    @OneToMany(mappedBy = "pairing")
    @OrderBy("donatedOn asc, id asc")
    private List<PairingDonation> donations = new ArrayList<>();

    record Details(String enterprise, long communityId, String regionPath, LocalDate since, String built, String notes) {
    }

    static EnterprisePairing pair(Details details, LocalDate today) {
        EnterprisePairing pairing = new EnterprisePairing();
        pairing.describe(details, today);
        return pairing;
    }

    /** Sets the pairing after checking it: a start date within sane bounds, not after today nor after its first donation. */
    void describe(Details details, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        SaneDates.check("since", details.since(), violations);
        if (details.since() != null && details.since().isAfter(today)) {
            violations.add(new Violation("since", "communityservice.error.future"));
        }
        LocalDate first = donations.stream().map(PairingDonation::getDonatedOn).min(LocalDate::compareTo).orElse(null);
        if (first != null && details.since() != null && details.since().isAfter(first)) {
            violations.add(new Violation("since", "communityservice.error.pairing.sinceAfterDonation", first));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        this.enterprise = details.enterprise().trim();
        placeAt(details.communityId(), details.regionPath());
        this.since = details.since();
        this.built = clean(details.built());
        this.notes = clean(details.notes());
    }

    /**
     * Records a donation, or refuses it: dated within sane bounds, not before the pairing began nor
     * after today; money and goods not negative, and not both nothing.
     */
    PairingDonation donate(PairingDonation.Draft draft, String recordedBy, Instant recordedAt, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        SaneDates.check("donatedOn", draft.donatedOn(), violations);
        if (draft.donatedOn().isBefore(since)) {
            violations.add(new Violation("donatedOn", "communityservice.error.donation.beforePairing", since));
        }
        if (draft.donatedOn().isAfter(today)) {
            violations.add(new Violation("donatedOn", "communityservice.error.future"));
        }
        BigDecimal money = draft.money() == null ? BigDecimal.ZERO : draft.money();
        BigDecimal goods = draft.goods() == null ? BigDecimal.ZERO : draft.goods();
        if (money.signum() < 0) {
            violations.add(new Violation("money", "validation.nonNegative"));
        }
        if (goods.signum() < 0) {
            violations.add(new Violation("goods", "validation.nonNegative"));
        }
        if (money.signum() == 0 && goods.signum() == 0) {
            violations.add(new Violation("money", "communityservice.error.donation.empty"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        PairingDonation donation = new PairingDonation(this, draft.donatedOn(), money, goods, clean(draft.description()),
                recordedBy, recordedAt);
        donations.add(donation);
        return donation;
    }

    /** Money and goods given in all, 万元. */
    public BigDecimal getTotalDonated() {
        return donations.stream().map(PairingDonation::getTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Money and goods given in a year, 万元. */
    public BigDecimal donatedIn(int year) {
        return donations.stream().filter(d -> d.getDonatedOn().getYear() == year).map(PairingDonation::getTotal)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
