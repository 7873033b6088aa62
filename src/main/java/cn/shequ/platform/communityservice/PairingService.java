package cn.shequ.platform.communityservice;

import java.time.Clock;
import java.time.LocalDate;

import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.DataScope;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.shared.NotFoundException;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.StaleRecordException;
import cn.shequ.platform.yearlock.YearLocks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records enterprise–community pairings and their donations. A pairing's details belong to the year it
 * began, a donation to the year it was given: each change needs its year open for the community.
 */
@Service
@Transactional
class PairingService {

    private final EnterprisePairings pairings;
    private final PairingDonations donations;
    private final RegionDirectory regions;
    private final DataScope scope;
    private final YearLocks locks;
    private final Clock clock;

    PairingService(EnterprisePairings pairings, PairingDonations donations, RegionDirectory regions, DataScope scope,
            YearLocks locks, Clock clock) {
        this.pairings = pairings;
        this.donations = donations;
        this.regions = regions;
        this.scope = scope;
        this.locks = locks;
        this.clock = clock;
    }

    /** A pairing the user may see, with its donations. */
    @Transactional(readOnly = true)
    EnterprisePairing get(long id) {
        return pairings.findWithDonations(id).orElseThrow(() -> new NotFoundException("enterprise pairing", id));
    }

    @Transactional(readOnly = true)
    PairingForm formFor(long id) {
        return PairingForm.of(get(id));
    }

    long create(PairingForm form) {
        CommunityRef community = community(form.getCommunityId());
        locks.requireOpen(form.getSince().getYear(), community.path());
        return pairings.save(EnterprisePairing.pair(form.details(community.path()), today())).getId();
    }

    void update(long id, PairingForm form) {
        EnterprisePairing pairing = get(id);
        scope.requireCovered(pairing.getRegionPath());
        StaleRecordException.check("enterprise pairing", id, form.getVersion(), pairing.getVersion());
        locks.requireOpen(pairing.getSince().getYear(), pairing.getRegionPath());
        CommunityRef community = community(form.getCommunityId());
        locks.requireOpen(form.getSince().getYear(), community.path());
        pairing.describe(form.details(community.path()), today());
    }

    void donate(long id, DonationForm form, String recordedBy) {
        EnterprisePairing pairing = get(id);
        scope.requireCovered(pairing.getRegionPath());
        locks.requireOpen(form.getDonatedOn().getYear(), pairing.getRegionPath());
        donations.save(pairing.donate(form.draft(), recordedBy, clock.instant(), today()));
    }

    void removeDonation(long id, long donationId) {
        EnterprisePairing pairing = get(id);
        scope.requireCovered(pairing.getRegionPath());
        PairingDonation donation = pairing.getDonations().stream().filter(d -> d.getId() == donationId).findFirst()
                .orElseThrow(() -> new NotFoundException("donation", donationId));
        locks.requireOpen(donation.getDonatedOn().getYear(), pairing.getRegionPath());
        pairing.getDonations().remove(donation);
        donations.delete(donation);
    }

    /** The community a pairing is for: one the user may see and change. */
    private CommunityRef community(Long communityId) {
        CommunityRef community = regions.community(communityId)
                .orElseThrow(() -> RuleViolationException.of("communityId", "communityservice.error.community"));
        scope.requireCovered(community.path());
        return community;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
