package cn.shequ.platform.featured;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.shequ.platform.account.Role;
import cn.shequ.platform.demo.DemoDataset;
import cn.shequ.platform.document.DocumentRegister;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import org.springframework.stereotype.Component;

/**
 * The first two appraisal batches as the office ran them. 第一批 (2014, 诸社办发〔2014〕3号): 26
 * applications, 20 named, 6 not passed. 第二批 (2015, 诸社办发〔2015〕2号): 45 applications from all
 * towns across the eight aspects, scored by reviewer1–3 on five criteria; at year end the best 30 were
 * put in publicity, one of them was not passed after an objection and the next in the ranking took
 * its place, 30 were named and the other 15 not passed. Every step is a transition of the workflow,
 * with its date, user and note; both batches are closed.
 */
@Component
class FeaturedDemoData implements DemoDataset {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final List<String> REVIEWERS = List.of("reviewer1", "reviewer2", "reviewer3");
    static final Map<String, String[]> PROJECTS = new LinkedHashMap<>();

    static {
        PROJECTS.put("产业支撑", new String[] {"特色农业园区带动居民增收", "农民专业合作社带动特色种养", "工业园区吸纳就近就业"});
        PROJECTS.put("聚集融合", new String[] {"聚合区集中居住与融合发展", "多村聚合建设农村新型社区"});
        PROJECTS.put("特色服务", new String[] {"“一站式”便民服务提升", "日间照料和居家养老服务"});
        PROJECTS.put("环境卫生", new String[] {"美丽社区环境综合整治", "垃圾集中处理和污水治理示范"});
        PROJECTS.put("民主管理", new String[] {"“四议两公开”民主管理示范", "居民议事会协商自治"});
        PROJECTS.put("平安和谐", new String[] {"网格化平安社区建设", "矛盾纠纷多元调解"});
        PROJECTS.put("文体娱乐", new String[] {"文体广场和文艺队伍建设", "全民健身和特色民俗文化活动"});
        PROJECTS.put("智能信息", new String[] {"高清互动电视社区服务平台应用", "网格信息化管理"});
    }

    private final FeaturedBatches batches;
    private final FeaturedAspects aspects;
    private final FeaturedApplications applications;
    private final FeaturedTransitions transitions;
    private final FeaturedReviews reviews;
    private final RegionDirectory regions;
    private final DocumentRegister documents;

    FeaturedDemoData(FeaturedBatches batches, FeaturedAspects aspects, FeaturedApplications applications,
            FeaturedTransitions transitions, FeaturedReviews reviews, RegionDirectory regions, DocumentRegister documents) {
        this.batches = batches;
        this.aspects = aspects;
        this.applications = applications;
        this.transitions = transitions;
        this.reviews = reviews;
        this.regions = regions;
        this.documents = documents;
    }

    @Override
    public String name() {
        return "featured";
    }

    @Override
    public int order() {
        return 80;
    }

    /** One year's appraisal: the dates of each step. */
    record Plan(int year, int number, String document, LocalDate open, LocalDate close, List<FeaturedBatch.CriterionDraft> criteria,
            int quota, LocalDate publicityStart, LocalDate publicityEnd, LocalDate recommended, LocalDate review,
            LocalDate notPassed, LocalDate objection, LocalDate named, int applications, boolean withObjection,
            String notes) {
    }

    @Override
    public void load() {
        RegionRef city = regions.findByCode("370782").orElseThrow();
        RegionRef changcheng = regions.findByCode("370782105").orElseThrow();
        Actor office = new Actor("office", Role.OFFICE, city.path());
        Actor town = new Actor("changcheng", Role.TOWN, changcheng.path());
        Random random = new Random(2015);
        List<List<CommunityRef>> byTown = communitiesByTown(city, random);

        Plan first = new Plan(2014, 1, "诸社办发〔2014〕3号", LocalDate.of(2014, 4, 15), LocalDate.of(2014, 6, 30),
                List.of(new FeaturedBatch.CriterionDraft("特色鲜明", 30), new FeaturedBatch.CriterionDraft("成效显著", 30),
                        new FeaturedBatch.CriterionDraft("群众认可", 25), new FeaturedBatch.CriterionDraft("机制健全", 15)),
                20, LocalDate.of(2014, 12, 8), LocalDate.of(2014, 12, 14), LocalDate.of(2014, 7, 10),
                LocalDate.of(2014, 11, 10), LocalDate.of(2014, 12, 5), null, LocalDate.of(2014, 12, 22), 26, false,
                "首批特色社区创建评选。");
        Plan second = new Plan(2015, 2, "诸社办发〔2015〕2号", LocalDate.of(2015, 3, 20), LocalDate.of(2015, 6, 30),
                List.of(new FeaturedBatch.CriterionDraft("特色项目定位", 20), new FeaturedBatch.CriterionDraft("建设成效", 30),
                        new FeaturedBatch.CriterionDraft("群众满意度", 25), new FeaturedBatch.CriterionDraft("长效机制", 15),
                        new FeaturedBatch.CriterionDraft("示范带动作用", 10)),
                30, LocalDate.of(2015, 12, 14), LocalDate.of(2015, 12, 20), LocalDate.of(2015, 7, 15),
                LocalDate.of(2015, 11, 16), LocalDate.of(2015, 12, 11), LocalDate.of(2015, 12, 17),
                LocalDate.of(2015, 12, 28), 45, true,
                "由社区化发展办公室牵头，组织有关部门评选第二批特色社区。");
        run(first, pick(byTown, first.applications()), office, town, changcheng.path(), random);
        run(second, pick(byTown, second.applications()), office, town, changcheng.path(), random);
    }

    private void run(Plan plan, List<CommunityRef> communities, Actor office, Actor town, String townPath, Random random) {
        List<FeaturedAspect> offered = aspects.findAllByOrderBySortOrderAscIdAsc();
        Long documentId = documents.findByNumber(plan.document()).orElseThrow().id();
        FeaturedBatch batch = batches.save(FeaturedBatch.launch(new FeaturedBatch.Details(plan.year(), plan.number(),
                office.scopePath(), documentId, new LinkedHashSet<>(offered), plan.open(), plan.close(), plan.criteria(),
                plan.quota(), null, plan.publicityStart(), plan.publicityEnd(), new java.util.TreeSet<>(REVIEWERS),
                plan.notes())));

        // filed, submitted and recommended by the town (昌城镇's own staff; the office for the others)
        Map<FeaturedApplication, Integer> quality = new LinkedHashMap<>();
        int aspectIndex = random.nextInt(offered.size());
        for (CommunityRef community : communities) {
            FeaturedAspect aspect = offered.get(aspectIndex++ % offered.size());
            Actor filer = community.path().startsWith(townPath) ? town : office;
            String[] titles = PROJECTS.getOrDefault(aspect.getName(), new String[] {"特色社区创建项目"});
            String title = community.name() + titles[random.nextInt(titles.length)];
            LocalDate filed = plan.open().plusDays(random.nextInt(60));
            FeaturedApplication application = applications.save(FeaturedApplication.file(batch,
                    new FeaturedApplication.Details(community.id(), community.path(), aspect, title,
                            description(community, aspect), BigDecimal.valueOf(20 + random.nextInt(280)),
                            Math.max(100, community.households() * (40 + random.nextInt(50)) / 100),
                            "覆盖" + (2 + random.nextInt(8)) + "个村，年内开展活动" + (6 + random.nextInt(30)) + "次。"),
                    filer.username(), at(filed, 9), filed));
            transitions.save(application.filing(filer));
            move(application, FeaturedState.SUBMITTED, filer, null, filed.plusDays(1 + random.nextInt(5)));
            move(application, FeaturedState.RECOMMENDED, filer, "经镇街审核，同意推荐。",
                    plan.recommended().plusDays(random.nextInt(10)));
            move(application, FeaturedState.UNDER_REVIEW, office, "提交评审委员会评审。", plan.review());
            quality.put(application, 68 + random.nextInt(28));
        }

        // scored by the three reviewers on every criterion
        Map<FeaturedApplication, BigDecimal> scores = new LinkedHashMap<>();
        for (Map.Entry<FeaturedApplication, Integer> entry : quality.entrySet()) {
            List<BigDecimal> totals = new ArrayList<>();
            for (int r = 0; r < REVIEWERS.size(); r++) {
                Map<Long, Integer> given = new LinkedHashMap<>();
                for (FeaturedCriterion criterion : batch.getCriteria()) {
                    given.put(criterion.getId(), Math.max(0, Math.min(100, entry.getValue() + random.nextInt(13) - 6)));
                }
                reviews.save(FeaturedReview.of(entry.getKey(), REVIEWERS.get(r), given, null,
                        at(plan.review().plusDays(3 + r), 15)));
                totals.add(FeaturedScoring.reviewerTotal(batch.weights(), given));
            }
            scores.put(entry.getKey(), FeaturedScoring.applicationScore(totals).orElseThrow());
        }

        // the ranking: the best `quota` into publicity (with one in reserve where an objection is upheld)
        List<FeaturedApplication> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Comparator.comparing(scores::get).reversed());
        int inPublicity = plan.quota();
        int reserve = plan.withObjection() ? 1 : 0;
        for (FeaturedApplication application : ranked.subList(inPublicity + reserve, ranked.size())) {
            move(application, FeaturedState.NOT_PASSED, office, "综合评分未进入拟命名名单。", plan.notPassed());
        }
        long placed = 0;
        for (FeaturedApplication application : ranked.subList(0, inPublicity)) {
            moveToPublicity(application, office, scores.get(application), placed++, plan.publicityStart());
        }
        if (plan.withObjection()) {
            FeaturedApplication objected = ranked.get(inPublicity / 3);
            move(objected, FeaturedState.NOT_PASSED, office, "公示期间收到群众反映，经核实项目建设未达申报标准，取消拟命名资格。",
                    plan.objection());
            FeaturedApplication next = ranked.get(inPublicity);
            moveToPublicity(next, office, scores.get(next), placed - 1, plan.objection().plusDays(1));
        }
        for (FeaturedApplication application : ranked) {
            if (application.getState() == FeaturedState.IN_PUBLICITY) {
                move(application, FeaturedState.NAMED, office, "公示无异议，命名为第" + ChineseNumerals.of(plan.number())
                        + "批特色社区。", plan.named());
            }
        }
        batch.close(office.username(), at(plan.named(), 17));
    }

    private void moveToPublicity(FeaturedApplication application, Actor office, BigDecimal score, long placed, LocalDate day) {
        transitions.save(application.moveTo(FeaturedState.IN_PUBLICITY, office, "拟命名，进行公示。", at(day, 10), day,
                new FeaturedApplication.Standing(score, placed)));
    }

    private void move(FeaturedApplication application, FeaturedState to, Actor actor, String note, LocalDate day) {
        transitions.save(application.moveTo(to, actor, note, at(day, 10), day, null));
    }

    private static String description(CommunityRef community, FeaturedAspect aspect) {
        return community.fullName() + "围绕“" + aspect.getName() + "”，结合社区实际选准特色项目，制定创建方案，"
                + "明确责任分工，完善长效管理机制，居民参与率和满意度逐年提高。";
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZONE).toInstant();
    }

    /** Communities by town, shuffled. */
    private List<List<CommunityRef>> communitiesByTown(RegionRef city, Random random) {
        Map<Long, List<CommunityRef>> towns = new LinkedHashMap<>();
        for (CommunityRef c : regions.communitiesUnder(city)) {
            towns.computeIfAbsent(c.townId(), t -> new ArrayList<>()).add(c);
        }
        List<List<CommunityRef>> lists = new ArrayList<>();
        for (List<CommunityRef> list : towns.values()) {
            Collections.shuffle(list, random);
            lists.add(list);
        }
        return lists;
    }

    /** Takes {@code count} communities round-robin over the towns, removing them from the lists. */
    private static List<CommunityRef> pick(List<List<CommunityRef>> byTown, int count) {
        List<CommunityRef> picked = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int town = 0;
        while (picked.size() < count) {
            List<CommunityRef> list = byTown.get(town % byTown.size());
            if (!list.isEmpty() && seen.add(list.get(0).id())) {
                picked.add(list.remove(0));
            }
            town++;
        }
        return picked;
    }
}
