package cn.shequ.platform.document;

import java.util.List;
import java.util.Optional;

import cn.shequ.platform.shared.WorkStream;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Documents extends JpaRepository<Document, Long>, JpaSpecificationExecutor<Document> {

    Optional<Document> findByNumber(String number);

    boolean existsByNumber(String number);

    @Query("select d from Document d join d.streams s where s = ?1 order by d.issuedOn desc, d.id desc")
    List<Document> findByStream(WorkStream stream);
}
