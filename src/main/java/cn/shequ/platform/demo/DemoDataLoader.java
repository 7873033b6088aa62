package cn.shequ.platform.demo;

import java.util.Comparator;
import java.util.List;

import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads every {@link DemoDataset} not loaded yet, before the application takes requests. Idempotent:
 * a restart loads nothing twice.
 */
@Component
@ConditionalOnProperty(name = "platform.demo.enabled", havingValue = "true")
@Slf4j
class DemoDataLoader implements SmartInitializingSingleton {

    private final List<DemoDataset> datasets;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    DemoDataLoader(List<DemoDataset> datasets, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.datasets = datasets.stream().sorted(Comparator.comparingInt(DemoDataset::order)).toList();
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (DemoDataset dataset : datasets) {
            transactions.executeWithoutResult(status -> {
                Integer loaded = jdbc.queryForObject("select count(*) from demo_dataset where name = ?", Integer.class,
                        dataset.name());
                if (loaded != null && loaded == 0) {
                    log.info("Loading demo records: {}", dataset.name());
                    dataset.load();
                    jdbc.update("insert into demo_dataset (name, loaded_at) values (?, current_timestamp)", dataset.name());
                }
            });
        }
    }
}
