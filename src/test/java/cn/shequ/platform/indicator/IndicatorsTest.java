package cn.shequ.platform.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Each indicator against its records, for 诸城市 and for a town, on PostgreSQL. */
@IntegrationTest
@Transactional
class IndicatorsTest {

    @Autowired
    Indicators indicators;

    @Autowired
    RegionDirectory regions;

    @Autowired
    JdbcTemplate jdbc;

    RegionRef city() {
        return regions.findByCode("370782").orElseThrow();
    }

    @Test
    void zhucheng2015ReadsTheYearbooksFigures() {
        Map<String, Indicators.Value> values = indicators.byKey(2015, city());
        assertThat(number(values, "service_center.planned")).isEqualTo(50);
        assertThat(number(values, "service_center.planned_new_build")).isEqualTo(8);
        assertThat(number(values, "service_center.new_build_in_use")).isEqualTo(4);
        assertThat(values.get("service_center.new_build_in_use").plan().longValue()).isEqualTo(8);
        assertThat(values.get("service_center.new_build_in_use").completionRate()).isEqualByComparingTo("50.0");
        assertThat(number(values, "service_center.renovation_completed")).isBetween(38L, 42L);
        assertThat(number(values, "smart_community.promotion_meetings")).isEqualTo(2);
        assertThat(number(values, "document.issued")).isGreaterThanOrEqualTo(3);
        assertThat(values.get("service_center.planned").link()).isEqualTo("/service-centers?year=2015&region=370782");
    }

    @Test
    void everyWorkStreamGivesTheIssuesFiguresFor2015() {
        Map<String, Indicators.Value> v = indicators.byKey(2015, city());
        assertThat(number(v, "smart_community.pilots")).isEqualTo(2);
        assertThat(number(v, "smart_community.platforms_completed")).isEqualTo(4);
        assertThat(number(v, "community_service.students_aided")).isEqualTo(11);
        assertThat(number(v, "community_service.four_party_pilots")).isEqualTo(4);
        assertThat(decimal(v, "community_service.pairing_donations_wan_yuan")).isGreaterThan(BigDecimal.ONE);
        assertThat(number(v, "featured_community.named")).isEqualTo(30);
        assertThat(number(v, "land_linkage.plots_planned")).isEqualTo(9);
        assertThat(decimal(v, "land_linkage.accepted_land_saved_mu")).isEqualByComparingTo("320");
        assertThat(decimal(v, "land_linkage.subsidy_wan_yuan")).isBetween(new BigDecimal("1100"), new BigDecimal("1199.99"));
        assertThat(number(v, "land_linkage.households_resettled")).isGreaterThanOrEqualTo(297);
        assertThat(number(v, "land_linkage.households_linkage") + number(v, "land_linkage.households_homestead")
                + number(v, "land_linkage.households_commercial")).isEqualTo(number(v, "land_linkage.households_resettled"));
        assertThat(decimal(v, "aggregation_zone.completed_area_m2")).isEqualByComparingTo("1600000");
        assertThat(number(v, "aggregation_zone.households_moved_in")).isBetween(12000L, 12999L);
        assertThat(decimal(v, "aggregation_zone.land_saved_mu")).isEqualByComparingTo("1850");
        assertThat(number(v, "eco.rural_community_key_projects")).isEqualTo(6);
        assertThat(number(v, "eco.eco_town_key_projects")).isEqualTo(16);
        assertThat(decimal(v, "eco.investment_wan_yuan")).isEqualByComparingTo("110000");
        assertThat(new BigDecimal(v.get("eco.investment_wan_yuan").plan().toString())).isEqualByComparingTo("137000");
        assertThat(number(v, "eco.households_relocated")).isBetween(3300L, 3399L);
        assertThat(number(v, "eco.provincial_demonstration_communities")).isEqualTo(3);
        assertThat(number(v, "eco.plans_completed")).isEqualTo(12);
        assertThat(number(v, "eco.riverside_key_communities")).isEqualTo(11);
        assertThat(number(v, "eco.riverside_towns")).isEqualTo(9);
        assertThat(decimal(v, "eco.riverside_land_quota_mu")).isEqualByComparingTo("100");
    }

    @Test
    void theValuesFollowTheRecords() {
        jdbc.update("""
                insert into document (number, title, issuer, issued_on, region_path)
                values ('诸社办发〔2015〕88号', '测试文件', '市社区办', ?, '/370000/370700/370782/')
                """, LocalDate.of(2015, 8, 1));
        long before = number(indicators.byKey(2015, city()), "document.issued");
        jdbc.update("""
                insert into document (number, title, issuer, issued_on, region_path)
                values ('诸社办发〔2015〕89号', '测试文件二', '市社区办', ?, '/370000/370700/370782/')
                """, LocalDate.of(2015, 9, 1));
        assertThat(number(indicators.byKey(2015, city()), "document.issued")).isEqualTo(before + 1);
    }

    @Test
    void aTownCountsItsOwnRecordsOnly() {
        RegionRef changcheng = regions.findByCode("370782105").orElseThrow();
        long town = number(indicators.byKey(2015, changcheng), "service_center.planned");
        assertThat(town).isPositive().isLessThan(50);
        assertThat(jdbc.queryForObject("select count(*) from service_center_project where plan_year = 2015 and region_path like ?",
                Long.class, changcheng.path() + "%")).isEqualTo(town);
    }

    @Test
    void the2014YearIsThereForComparison() {
        assertThat(number(indicators.byKey(2014, city()), "service_center.planned")).isEqualTo(30);
    }

    private static BigDecimal decimal(Map<String, Indicators.Value> values, String key) {
        return new BigDecimal(values.get(key).value().toString());
    }

    private static long number(Map<String, Indicators.Value> values, String key) {
        return new BigDecimal(values.get(key).value().toString()).longValueExact();
    }
}
