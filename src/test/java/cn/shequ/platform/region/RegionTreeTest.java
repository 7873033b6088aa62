package cn.shequ.platform.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;

import cn.shequ.platform.support.IntegrationTest;
import cn.shequ.platform.support.StatementCounter;
import cn.shequ.platform.support.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The region directory answers from the cached tree: no statement once the tree is read; a region
 * saved in a transaction is seen by that transaction at once, by the others once it commits, and by
 * nobody after a rollback.
 */
@IntegrationTest
class RegionTreeTest {

    static final String CODE = "370782105960";

    @Autowired
    RegionDirectory directory;

    @Autowired
    RegionService service;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheTestCommunity() {
        TestRecords.deleteWithChildren(jdbc, "region", "code = ?", CODE);
        directory.reload();
    }

    @Test
    void lookupsAfterTheFirstIssueNoStatement() {
        RegionRef city = directory.findByCode("370782").orElseThrow();
        directory.communitiesUnder(null);

        StatementCounter.reset();
        assertThat(directory.communitiesUnder(city)).hasSizeGreaterThan(100);
        assertThat(directory.towns()).hasSize(13);
        assertThat(directory.children(city.id())).hasSize(13);
        assertThat(directory.find(city.id())).contains(city);
        assertThat(directory.placeName(city.path())).contains("诸城市");
        assertThat(StatementCounter.count()).isZero();
    }

    @Test
    void aNewCommunityIsSeenByItsTransactionAtOnceByOthersAfterTheCommitAndByNobodyAfterARollback() {
        directory.communitiesUnder(null);
        transactions.executeWithoutResult(status -> {
            service.create(community("回滚社区"));
            assertThat(directory.findByCode(CODE)).map(RegionRef::name).contains("回滚社区");
            assertThat(elsewhere()).isFalse();
            status.setRollbackOnly();
        });
        assertThat(directory.findByCode(CODE)).isEmpty();

        transactions.executeWithoutResult(status -> {
            service.create(community("树测试社区"));
            assertThat(elsewhere()).isFalse();
        });
        assertThat(elsewhere()).isTrue();
        assertThat(directory.communitiesUnder(null)).extracting(CommunityRef::code).contains(CODE);
    }

    /** Whether another thread, outside the test's transaction, finds the test community. */
    private boolean elsewhere() {
        return CompletableFuture.supplyAsync(() -> directory.findByCode(CODE).isPresent()).join();
    }

    private RegionForm community(String name) {
        RegionForm form = new RegionForm();
        form.setParentId(directory.findByCode("370782105").orElseThrow().id());
        form.setLevel(RegionLevel.COMMUNITY);
        form.setCode(CODE);
        form.setName(name);
        form.setKind(CommunityKind.RURAL_NEW);
        return form;
    }
}
