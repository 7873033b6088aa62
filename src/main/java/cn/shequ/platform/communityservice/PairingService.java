package cn.shequ.platform.communityservice;

import java.time.Clock;
import java.time.LocalDate;

import cn.shequ.platform.record.Placements;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.shared.NotFoundException;
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
    private final Placements placements;
    private final Clock clock;

    PairingService(EnterprisePairings pairings, PairingDonations donations, Placements placements, Clock clock) {
        this.pairings = pairings;
        this.donations = donations;
        this.placements = placements;
        this.clock = clock;
    }

    /** A pairing the user may see, with its donations. */
    @Transactional(readOnly = true)
    EnterprisePairing get(long id) {
        return pairings.findWithDonations(id).orElseThrow(() -> new NotFoundException("enterprise pairing", id));
    }

    long create(PairingForm form) {
        CommunityRef community = placements.place(form.getCommunityId(), form.getSince().getYear());
        return pairings.save(EnterprisePairing.pair(form.details(community.path()), today())).getId();
    }

    void update(long id, PairingForm form) {
        EnterprisePairing pairing = get(id);
        CommunityRef community = placements.move(pairing, pairing.getSince().getYear(), form.getVersion(),
                form.getCommunityId(), form.getSince().getYear());
        pairing.describe(form.details(community.path()), today());
    }

    void donate(long id, DonationForm form, String recordedBy) {
        EnterprisePairing pairing = get(id);
        placements.requireWritable(pairing, form.getDonatedOn().getYear());
        donations.save(pairing.donate(form.draft(), recordedBy, clock.instant(), today()));
    }

    void removeDonation(long id, long donationId) {
        EnterprisePairing pairing = get(id);
        PairingDonation donation = pairing.getDonations().stream().filter(d -> d.getId() == donationId).findFirst()
                .orElseThrow(() -> new NotFoundException("donation", donationId));
        placements.requireWritable(pairing, donation.getDonatedOn().getYear());
        pairing.getDonations().remove(donation);
        donations.delete(donation);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
