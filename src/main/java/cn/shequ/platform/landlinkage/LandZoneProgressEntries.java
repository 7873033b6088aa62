package cn.shequ.platform.landlinkage;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The aggregation zones' progress entries. */
interface LandZoneProgressEntries extends JpaRepository<LandZoneProgress, Long> {

    List<LandZoneProgress> findByZoneIdOrderByEntryDateAscIdAsc(long zoneId);
}
