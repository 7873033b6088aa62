package cn.shequ.platform.yearbook;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface YearbookEditions extends JpaRepository<YearbookEdition, Long> {

    List<YearbookEdition> findByYearAndRegionPathOrderByEditionDesc(int year, String regionPath);

    Optional<YearbookEdition> findByYearAndRegionPathAndEdition(int year, String regionPath, int edition);
}
