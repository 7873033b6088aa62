package cn.shequ.platform.communityservice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The enterprise–community pairings, bounded by the data scope. */
interface EnterprisePairings extends JpaRepository<EnterprisePairing, Long>, JpaSpecificationExecutor<EnterprisePairing> {

    /** A pairing with its donations, for the pages that show them. */
    @EntityGraph(attributePaths = "donations")
    @Query("select p from EnterprisePairing p where p.id = ?1")
    Optional<EnterprisePairing> findWithDonations(long id);

    /** The donations of some pairings, summed for a period: pairing id and 万元. */
    @Query("select d.pairing.id, sum(d.money + d.goods) from PairingDonation d where d.pairing.id in ?1 "
            + "and d.donatedOn between ?2 and ?3 group by d.pairing.id")
    List<Object[]> donatedBetween(Collection<Long> ids, java.time.LocalDate from, java.time.LocalDate to);

    /** All donations of some pairings: pairing id and 万元. */
    @Query("select d.pairing.id, sum(d.money + d.goods) from PairingDonation d where d.pairing.id in ?1 group by d.pairing.id")
    List<Object[]> donatedInAll(Collection<Long> ids);

    @EntityGraph(attributePaths = "donations")
    List<EnterprisePairing> findByCommunityIdOrderBySinceDesc(long communityId);
}
