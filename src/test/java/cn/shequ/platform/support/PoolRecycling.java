package cn.shequ.platform.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the connection pool does to a long-running platform, done at once: every connection it holds
 * (the one Flyway migrated with among them) is retired and replaced by a new one, as Hikari does when
 * a connection reaches its lifetime.
 */
public final class PoolRecycling {

    private PoolRecycling() {
    }

    /**
     * Retires every pooled connection. Hikari closes the retired ones in the background; on H2 their
     * sessions are closed here as well, so the next statement surely runs without them.
     */
    public static void retireAllConnections(DataSource dataSource) throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        pool.getHikariPoolMXBean().softEvictConnections();
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
                statement.execute("select abort_session(session_id) from information_schema.sessions "
                        + "where session_id <> session_id()");
            }
        }
    }

    /**
     * Saves into tables whose check constraints list allowed values (an update of a region and an
     * account, an insert of a meeting), in a transaction that is rolled back, so nothing remains.
     */
    public static void saveRowsWithCheckedValues(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status -> {
            jdbc.update("update region set level = level, kind = kind where id = (select min(id) from region)");
            jdbc.update("update user_account set role = role where id = (select min(id) from user_account)");
            jdbc.update("insert into meeting (held_on, title, organiser, kind, stream, region_path) "
                    + "values (date '2015-06-01', '连接更替后的保存', '社区化发展办公室', 'TRAINING', 'SERVICE_CENTER', "
                    + "(select min(path) from region))");
            status.setRollbackOnly();
        });
    }
}
