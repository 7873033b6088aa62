package cn.shequ.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import javax.sql.DataSource;

import cn.shequ.platform.support.IntegrationTest;
import cn.shequ.platform.support.PoolRecycling;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL: saves go on after the pool has replaced every connection, and the database's
 * refusals, as Hibernate reports them, are told by their cause (the same on H2: {@code H2SmokeTest}).
 */
@IntegrationTest
class ConnectionRecyclingTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void savesAfterThePoolHasReplacedEveryConnection() throws Exception {
        PoolRecycling.retireAllConnections(dataSource);

        PoolRecycling.saveRowsWithCheckedValues(dataSource);

        assertThat(jdbc.queryForObject("select count(*) from meeting where title = '连接更替后的保存'", Integer.class)).isZero();
    }

    @Test
    void aValueTheTableRefusesIsNotCalledADuplicate() {
        DataIntegrityViolationException ex = refusal("update region set level = 'PLANET' where id = (select min(id) from region)");

        DatabaseRefusal refusal = DatabaseRefusal.of(ex);
        assertThat(refusal.kind()).isEqualTo(DatabaseRefusal.Kind.INVALID_VALUE);
        assertThat(refusal.constraint()).isEqualTo("region_level_ck");
    }

    @Test
    void aSecondRegionWithTheSamePathIsADuplicate() {
        DataIntegrityViolationException ex = refusal("update region set path = (select max(path) from region) "
                + "where id = (select min(id) from region)");

        DatabaseRefusal refusal = DatabaseRefusal.of(ex);
        assertThat(refusal.kind()).isEqualTo(DatabaseRefusal.Kind.DUPLICATE);
        assertThat(refusal.constraint()).isEqualTo("region_path_uk");
    }

    /** Runs a statement through Hibernate, as the forms' saves do, in a transaction rolled back. */
    private DataIntegrityViolationException refusal(String sql) {
        RuntimeException thrown = catchThrowableOfType(RuntimeException.class, () -> transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            entityManager.createNativeQuery(sql).executeUpdate();
        }));
        return (DataIntegrityViolationException) new HibernateJpaDialect().translateExceptionIfPossible(thrown);
    }
}
