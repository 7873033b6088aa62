package cn.shequ.platform.ecotown;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import cn.shequ.platform.demo.DemoDataset;
import cn.shequ.platform.document.DocumentRef;
import cn.shequ.platform.document.DocumentRegister;
import cn.shequ.platform.progress.Progress;
import cn.shequ.platform.progress.ProjectStatus;
import cn.shequ.platform.region.CommunityKind;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The eco-town records of 2015 (and a lighter 2014) as the office entered them. 2015, under the plan
 * 诸社发〔2015〕2号: 6 seat-town rural new communities and 16 eco-towns as key projects, planned
 * 137,000万元, reported 110,000万元 and 3,350 households relocated by 31 December; the 6 assessed by
 * the prefecture basically built; 昌城社区, 辛兴社区 and 相州社区 named 山东省农村新型示范社区 (10 in the
 * prefecture), their sewage-treatment awards 14 + 13 + 13 = 40万元 (the seed's “首批40万” read as the
 * three together); 11 riverside key communities in 9 towns, 昌城社区 and 邱家七吉社区 featured with
 * 60 + 40 亩 of quota; 12 eco-towns with approved plans; staff, cooperatives, parks and the whole
 * infrastructure list for every key community, and 龙都街道岔道口社区 short of staff, park and items.
 */
@Component
class EcoTownDemoData implements DemoDataset {

    static final String REPORTER = "office";
    static final String PLAN_2015 = "诸社发〔2015〕2号";
    static final String DEMONSTRATION = "山东省农村新型示范社区";

    /** Seat communities of 2015: code, planned, actual (万元), households relocated. */
    static final Object[][] SEATS_2015 = {
            {"370782105001", 13000, 11000, 420},
            {"370782107001", 12500, 10500, 400},
            {"370782104001", 12000, 10000, 380},
            {"370782102001", 12500, 10500, 390},
            {"370782106001", 11000, 9000, 360},
            {"370782101005", 11000, 9000, 350},
    };

    /** Eco-towns of 2015: code, planned, actual (万元), households relocated. The first 12 have approved plans. */
    static final Object[][] ECO_TOWNS_2015 = {
            {"370782101003", 5500, 4500, 213},
            {"370782002003", 5000, 4000, 70},
            {"370782003003", 4800, 3800, 65},
            {"370782001005", 4600, 3600, 60},
            {"370782102005", 4500, 3500, 60},
            {"370782103002", 4200, 3300, 55},
            {"370782104002", 4000, 3100, 55},
            {"370782105002", 4000, 3100, 55},
            {"370782106002", 3800, 2900, 50},
            {"370782107003", 3700, 2800, 50},
            {"370782108003", 3600, 2700, 50},
            {"370782109003", 3500, 2600, 50},
            {"370782110001", 3400, 2600, 50},
            {"370782109005", 3300, 2500, 50},
            {"370782110002", 3200, 2500, 50},
            {"370782108002", 3900, 2500, 67},
    };

    static final Object[][] SEATS_2014 = {
            {"370782105001", 9000, 7000, 300, EcoAssessmentResult.BASICALLY_BUILT},
            {"370782107001", 8000, 6000, 260, EcoAssessmentResult.NOT_BUILT},
    };

    static final Object[][] ECO_TOWNS_2014 = {
            {"370782101003", 5000, 3500, 150},
            {"370782002003", 4500, 3000, 120},
            {"370782003003", 4000, 3000, 100},
            {"370782001005", 4000, 2500, 90},
            {"370782103002", 3500, 2500, 80},
            {"370782105002", 3000, 2500, 100},
    };

    /** Riverside key communities of 2015: code, featured, land quota (亩). Nine towns. */
    static final Object[][] RIVERSIDE_2015 = {
            {"370782105001", true, 60},
            {"370782002003", true, 40},
            {"370782105003", false, 0},
            {"370782002002", false, 0},
            {"370782001001", false, 0},
            {"370782003003", false, 0},
            {"370782101003", false, 0},
            {"370782103001", false, 0},
            {"370782104001", false, 0},
            {"370782107001", false, 0},
            {"370782102002", false, 0},
    };

    static final Object[][] RIVERSIDE_2014 = {
            {"370782105001", true, 30},
            {"370782105003", false, 0},
            {"370782002003", false, 0},
            {"370782001001", false, 0},
    };

    /** The community that falls short in 2015: 龙都街道岔道口社区. */
    static final String SHORT_COMMUNITY = "370782002002";

    static final EcoParkKind[] PARK_KINDS = EcoParkKind.values();

    private final EcoProjects projects;
    private final EcoProjectReports reports;
    private final EcoPlans plans;
    private final EcoDesignations designations;
    private final EcoRiversides riversides;
    private final EcoStaffCounts staff;
    private final EcoCooperatives cooperatives;
    private final EcoParks parks;
    private final EcoInfrastructures infrastructure;
    private final EcoInfrastructureItems items;
    private final RegionDirectory regions;
    private final DocumentRegister documents;

    EcoTownDemoData(EcoProjects projects, EcoProjectReports reports, EcoPlans plans, EcoDesignations designations,
            EcoRiversides riversides, EcoStaffCounts staff, EcoCooperatives cooperatives, EcoParks parks,
            EcoInfrastructures infrastructure, EcoInfrastructureItems items, RegionDirectory regions,
            DocumentRegister documents) {
        this.projects = projects;
        this.reports = reports;
        this.plans = plans;
        this.designations = designations;
        this.riversides = riversides;
        this.staff = staff;
        this.cooperatives = cooperatives;
        this.parks = parks;
        this.infrastructure = infrastructure;
        this.items = items;
        this.regions = regions;
        this.documents = documents;
    }

    @Override
    public String name() {
        return "ecotown";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void load() {
        Long plan2015 = documents.findByNumber(PLAN_2015).map(DocumentRef::id).orElse(null);
        List<EcoInfrastructureItem> list = items.findAllByOrderBySortOrderAscIdAsc();

        // 2014: a lighter year.
        for (Object[] row : SEATS_2014) {
            CommunityRef c = community((String) row[0]);
            EcoProject p = project(c, 2014, EcoProjectKind.SEAT_COMMUNITY, c.townName() + "驻地农村新型社区",
                    (Integer) row[1], true, (EcoAssessmentResult) row[4], null);
            report(p, 2014, (Integer) row[2], (Integer) row[3], 70);
        }
        for (Object[] row : ECO_TOWNS_2014) {
            CommunityRef c = community((String) row[0]);
            EcoProject p = project(c, 2014, EcoProjectKind.ECO_TOWN, base(c) + "生态小镇", (Integer) row[1], false, null, null);
            report(p, 2014, (Integer) row[2], (Integer) row[3], 65);
        }
        for (int i = 0; i < 4; i++) {
            CommunityRef c = community((String) ECO_TOWNS_2014[i][0]);
            plan(c, 2014, base(c) + "生态小镇总体规划", EcoPlanType.MASTER, EcoPlanStatus.APPROVED,
                    LocalDate.of(2014, 6 + i, 10));
        }
        for (Object[] row : RIVERSIDE_2014) {
            riverside(community((String) row[0]), 2014, (Boolean) row[1], (Integer) row[2]);
        }
        designate(community("370782105001"), 2014, "诸城市农村新型社区建设先进社区", EcoDesignationLevel.CITY, 5,
                "社区服务设施", null);

        // 2015: the year of the yearbook entry.
        for (Object[] row : SEATS_2015) {
            CommunityRef c = community((String) row[0]);
            EcoProject p = project(c, 2015, EcoProjectKind.SEAT_COMMUNITY, c.townName() + "驻地农村新型社区",
                    (Integer) row[1], true, EcoAssessmentResult.BASICALLY_BUILT, plan2015);
            report(p, 2015, (Integer) row[2], (Integer) row[3], 95);
            meetStandards(c, list, true);
        }
        for (int i = 0; i < ECO_TOWNS_2015.length; i++) {
            Object[] row = ECO_TOWNS_2015[i];
            CommunityRef c = community((String) row[0]);
            EcoProject p = project(c, 2015, EcoProjectKind.ECO_TOWN, base(c) + "生态小镇", (Integer) row[1], false, null,
                    plan2015);
            report(p, 2015, (Integer) row[2], (Integer) row[3], 70 + i % 4 * 5);
            meetStandards(c, list, false);
            if (i < 12) {
                plan(c, 2015, base(c) + "生态小镇控制性详细规划", EcoPlanType.REGULATORY_DETAILED, EcoPlanStatus.APPROVED,
                        LocalDate.of(2015, 5 + i % 6, 8 + i));
                if (i < 6) {
                    plan(c, 2015, base(c) + "生态小镇集中居住区修建性详细规划", EcoPlanType.CONSTRUCTION_DETAILED,
                            EcoPlanStatus.APPROVED, LocalDate.of(2015, 11, 2 + i));
                }
            }
            else {
                plan(c, 2015, base(c) + "生态小镇控制性详细规划", EcoPlanType.REGULATORY_DETAILED,
                        i % 2 == 0 ? EcoPlanStatus.DRAFTING : EcoPlanStatus.UNDER_REVIEW, null);
            }
        }
        // 北老屯: a report after the year end, which the 2015 figures leave out.
        EcoProject beilaotun = projects.findAll().stream()
                .filter(p -> p.getYear() == 2015 && p.getCommunityId() == community((String) ECO_TOWNS_2015[0][0]).id())
                .findFirst().orElseThrow();
        reports.save(beilaotun.report(new Progress.ReportDraft(LocalDate.of(2016, 1, 20), ProjectStatus.UNDER_CONSTRUCTION,
                85, BigDecimal.valueOf(5000)), 260, "春节前北老屯社区聚合区二期入住。", REPORTER, at(LocalDate.of(2016, 1, 20))));

        for (String code : new String[] {"370782105001", "370782107001", "370782104001"}) {
            designate(community(code), 2015, DEMONSTRATION, EcoDesignationLevel.PROVINCE,
                    code.equals("370782105001") ? 14 : 13, "污水处理", 10);
        }
        designate(community("370782102001"), 2015, "潍坊市农村新型社区建设示范点", EcoDesignationLevel.PREFECTURE, null,
                null, null);
        for (Object[] row : RIVERSIDE_2015) {
            riverside(community((String) row[0]), 2015, (Boolean) row[1], (Integer) row[2]);
        }

        // 龙都街道岔道口社区: tracked by the office, short of staff, a park and several items.
        CommunityRef shortOne = community(SHORT_COMMUNITY);
        staff.save(EcoStaffCount.count(new EcoStaffCount.Details(shortOne.id(), shortOne.path(), LocalDate.of(2015, 6, 30),
                3, "社区主任兼任网格员。")));
        cooperatives.save(EcoCooperative.found(new EcoCooperative.Details(shortOne.id(), shortOne.path(),
                base(shortOne) + "蔬菜专业合作社", LocalDate.of(2014, 4, 12), 36, null)));
        for (int i = 0; i < list.size(); i++) {
            if (i % 3 != 2) {
                achieve(shortOne, list.get(i), LocalDate.of(2015, 3 + i % 8, 15));
            }
        }
    }

    /** Staff, cooperatives, a park and every item of the list, so that the community meets the standards. */
    private void meetStandards(CommunityRef c, List<EcoInfrastructureItem> list, boolean seat) {
        int required = CommunityStandards.requiredWorkers(c.households());
        if (seat) {
            staff.save(EcoStaffCount.count(new EcoStaffCount.Details(c.id(), c.path(), LocalDate.of(2014, 6, 30),
                    Math.max(CommunityStandards.MIN_WORKERS, required - 2), null)));
        }
        staff.save(EcoStaffCount.count(new EcoStaffCount.Details(c.id(), c.path(), LocalDate.of(2015, 3, 31),
                required + (seat ? 1 : 0), "按每500户至少1名、每社区不少于3人配备。")));
        cooperatives.save(EcoCooperative.found(new EcoCooperative.Details(c.id(), c.path(), base(c) + "果蔬专业合作社",
                LocalDate.of(2013, 3 + (int) (c.id() % 9), 18), 40 + (int) (c.id() % 60), null)));
        if (seat) {
            cooperatives.save(EcoCooperative.found(new EcoCooperative.Details(c.id(), c.path(), base(c) + "农机专业合作社",
                    LocalDate.of(2014, 5, 6), 28, null)));
        }
        EcoParkKind kind = PARK_KINDS[(int) (c.id() % PARK_KINDS.length)];
        String suffix = switch (kind) {
            case AGRICULTURE -> "特色农业园区";
            case INDUSTRY -> "工业园区";
            case SERVICES -> "服务业园区";
        };
        parks.save(EcoPark.establish(new EcoPark.Details(c.id(), c.path(), base(c) + suffix, kind,
                BigDecimal.valueOf(seat ? 800 : 200 + c.id() % 300), LocalDate.of(2014, 9, 1), null)));
        for (int i = 0; i < list.size(); i++) {
            LocalDate date = seat ? LocalDate.of(2014, 4 + i % 8, 10) : LocalDate.of(2015, 3 + i % 9, 20);
            achieve(c, list.get(i), date);
        }
    }

    private EcoProject project(CommunityRef c, int year, EcoProjectKind kind, String name, int planned, boolean assessed,
            EcoAssessmentResult result, Long document) {
        return projects.save(EcoProject.plan(new EcoProject.Details(kind, name, c.id(), c.path(), year,
                BigDecimal.valueOf(planned), assessed, result, document, null, c.kind() == CommunityKind.RURAL_NEW)));
    }

    /** Three reports through the year, ending on 20 December at the given investment, households and percentage. */
    private void report(EcoProject p, int year, int actual, int households, int finalPercent) {
        Object[][] steps = {
                {LocalDate.of(year, 4, 15), 30, 0.3, 0.2, "开工建设，启动聚合区一期。"},
                {LocalDate.of(year, 8, 20), 60, 0.65, 0.6, "主体工程推进，部分居民选房入住。"},
                {LocalDate.of(year, 12, 20), finalPercent, 1.0, 1.0, "年底进度：基础设施和配套服务同步完善。"},
        };
        for (Object[] step : steps) {
            LocalDate date = (LocalDate) step[0];
            BigDecimal invested = BigDecimal.valueOf(actual).multiply(BigDecimal.valueOf((Double) step[2]))
                    .setScale(0, RoundingMode.HALF_UP);
            int moved = (int) Math.round(households * (Double) step[3]);
            reports.save(p.report(new Progress.ReportDraft(date, ProjectStatus.UNDER_CONSTRUCTION, (Integer) step[1], invested),
                    moved, (String) step[4], REPORTER, at(date)));
        }
    }

    private void plan(CommunityRef c, int year, String name, EcoPlanType type, EcoPlanStatus status, LocalDate approved) {
        long seed = c.id() % 7;
        plans.save(EcoPlan.draw(new EcoPlan.Details(c.id(), c.path(), year, name, type, status, approved,
                BigDecimal.valueOf(300 + seed * 20), BigDecimal.valueOf(420 + seed * 15), BigDecimal.valueOf(60 + seed * 5),
                BigDecimal.valueOf(500 + seed * 30), null)));
    }

    private void riverside(CommunityRef c, int year, boolean featured, int quota) {
        riversides.save(EcoRiverside.select(new EcoRiverside.Details(c.id(), c.path(), c.alongRiver(), year, featured,
                BigDecimal.valueOf(quota), featured ? "沿潍河示范社区，重点突破。" : null)));
    }

    private void designate(CommunityRef c, int year, String title, EcoDesignationLevel level, Integer amount,
            String purpose, Integer cohort) {
        designations.save(EcoDesignation.designate(new EcoDesignation.Details(c.id(), c.path(), year, title, level,
                amount == null ? null : BigDecimal.valueOf(amount), purpose, cohort, null)));
    }

    private void achieve(CommunityRef c, EcoInfrastructureItem item, LocalDate date) {
        infrastructure.save(EcoInfrastructure.achieve(c.id(), c.path(), item.getId(), date, "achievedOn"));
    }

    private CommunityRef community(String code) {
        long id = regions.findByCode(code).orElseThrow(() -> new IllegalStateException("no region " + code)).id();
        return regions.community(id).orElseThrow();
    }

    /** The community's name without 社区: 北老屯社区 → 北老屯. */
    private static String base(CommunityRef c) {
        return c.name().endsWith("社区") ? c.name().substring(0, c.name().length() - 2) : c.name();
    }

    private static java.time.Instant at(LocalDate date) {
        return date.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }
}
