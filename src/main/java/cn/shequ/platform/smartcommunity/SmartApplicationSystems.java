package cn.shequ.platform.smartcommunity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The reference list of application systems. */
interface SmartApplicationSystems extends JpaRepository<SmartApplicationSystem, Long> {

    @Query("select s from SmartApplicationSystem s order by s.sortOrder, s.id")
    List<SmartApplicationSystem> findAllInOrder();

    @Query("select s from SmartApplicationSystem s where s.retired = false order by s.sortOrder, s.id")
    List<SmartApplicationSystem> findCurrent();

    List<SmartApplicationSystem> findByIdIn(Collection<Long> ids);

    Optional<SmartApplicationSystem> findByName(String name);

    /** How many records deployed each system: system id and count. */
    @Query("select s.id, count(r) from SmartCommunity r join r.systems s group by s.id")
    List<Object[]> countUses();
}
