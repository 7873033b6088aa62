package cn.shequ.platform.servicecenter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.shequ.platform.demo.DemoDataset;
import cn.shequ.platform.progress.Progress;
import cn.shequ.platform.progress.ProjectStatus;
import cn.shequ.platform.region.CommunityKind;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import org.springframework.stereotype.Component;

/**
 * The service-center plans of 2014 and 2015 as the office entered them, with their progress reports
 * through the year. 2015: 50 centers across the towns, 8 of them new builds; by 31 December the
 * renovations are basically complete and 4 new-build centers are in use. 2014: a lighter year of 30.
 */
@Component
class ServiceCenterDemoData implements DemoDataset {

    static final String REPORTER = "office";
    static final ReusedBuilding[] BUILDINGS = ReusedBuilding.values();

    private final ServiceCenterProjects projects;
    private final ServiceCenterReports reports;
    private final RegionDirectory regions;

    ServiceCenterDemoData(ServiceCenterProjects projects, ServiceCenterReports reports, RegionDirectory regions) {
        this.projects = projects;
        this.reports = reports;
        this.regions = regions;
    }

    @Override
    public String name() {
        return "servicecenter";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        Random random = new Random(2015);
        List<List<CommunityRef>> byTown = communitiesByTown(random);
        List<CommunityRef> for2015 = pick(byTown, 50);
        List<CommunityRef> for2014 = pick(byTown, 30);

        // 2015: new builds in the first eight towns' picks; the first four of them in use by year end.
        List<CommunityRef> newBuilds = new ArrayList<>();
        Set<Long> towns = new java.util.HashSet<>();
        for (CommunityRef c : for2015) {
            if (newBuilds.size() < 8 && towns.add(c.townId())) {
                newBuilds.add(c);
            }
        }
        int renovation = 0;
        int newBuild = 0;
        int showcase = 0;
        for (CommunityRef community : for2015) {
            boolean isNew = newBuilds.contains(community);
            boolean isShowcase = !isNew && community.alongRiver() && showcase < 5;
            if (isShowcase) {
                showcase++;
            }
            ServiceCenterProject project = plan(community, 2015, isNew, isShowcase, random);
            if (isNew) {
                // 4 in use, 2 completed, 2 still under construction at year end
                ProjectStatus end = newBuild < 4 ? ProjectStatus.IN_USE
                        : newBuild < 6 ? ProjectStatus.COMPLETED : ProjectStatus.UNDER_CONSTRUCTION;
                newBuild++;
                reportThrough(project, 2015, end, 80 + random.nextInt(11), random);
            }
            else {
                // renovations basically complete: 38 in use, 2 completed, 2 finishing
                ProjectStatus end = renovation < 38 ? ProjectStatus.IN_USE
                        : renovation < 40 ? ProjectStatus.COMPLETED : ProjectStatus.UNDER_CONSTRUCTION;
                renovation++;
                reportThrough(project, 2015, end, 90 + random.nextInt(6), random);
            }
        }

        int index = 0;
        for (CommunityRef community : for2014) {
            boolean isNew = index < 3;
            ServiceCenterProject project = plan(community, 2014, isNew, false, random);
            ProjectStatus end = isNew && index == 2 ? ProjectStatus.COMPLETED : ProjectStatus.IN_USE;
            reportThrough(project, 2014, end, 100, random);
            index++;
        }
    }

    private ServiceCenterProject plan(CommunityRef community, int year, boolean isNew, boolean isShowcase, Random random) {
        BigDecimal area = BigDecimal.valueOf(isNew ? 1500 + random.nextInt(1500) : 300 + random.nextInt(1200));
        BigDecimal investment = BigDecimal.valueOf(isNew ? 150 + random.nextInt(250) : 15 + random.nextInt(45));
        LocalDate start = LocalDate.of(year, 3, 1).plusDays(random.nextInt(45));
        LocalDate finish = LocalDate.of(year, isNew ? 11 : 10, 1).plusDays(random.nextInt(50));
        ReusedBuilding building = isNew ? null : BUILDINGS[random.nextInt(BUILDINGS.length)];
        String notes = isShowcase ? "沿潍河精品示范社区，高标准改造。" : null;
        return projects.save(ServiceCenterProject.plan(new ServiceCenterProject.Details(community.id(), community.path(),
                year, isNew ? ServiceCenterKind.NEW_BUILD : ServiceCenterKind.RENOVATION, building, isShowcase, area,
                investment, start, finish, notes)));
    }

    /** Reports through the year up to the given status; unfinished projects stop at {@code openPercent}. */
    private void reportThrough(ServiceCenterProject project, int year, ProjectStatus end, int openPercent, Random random) {
        BigDecimal planned = project.getPlannedInvestment();
        LocalDate start = project.getPlannedStart().plusDays(random.nextInt(10));
        Map<LocalDate, Object[]> steps = new LinkedHashMap<>();
        steps.put(start, new Object[] {ProjectStatus.UNDER_CONSTRUCTION, 15 + random.nextInt(15), "开工建设。"});
        steps.put(LocalDate.of(year, 6, 20 + random.nextInt(8)), new Object[] {ProjectStatus.UNDER_CONSTRUCTION, 45 + random.nextInt(15), "主体工程推进中。"});
        if (!end.hasReached(ProjectStatus.COMPLETED)) {
            steps.put(LocalDate.of(year, 11, 10 + random.nextInt(15)), new Object[] {ProjectStatus.UNDER_CONSTRUCTION, openPercent, "内部装修和设备安装。"});
        }
        else {
            steps.put(LocalDate.of(year, 9, 5 + random.nextInt(20)), new Object[] {ProjectStatus.UNDER_CONSTRUCTION, 80 + random.nextInt(10), "收尾施工。"});
            steps.put(LocalDate.of(year, 10, 20 + random.nextInt(10)), new Object[] {ProjectStatus.COMPLETED, 100, "工程完工，通过镇街验收。"});
            if (end == ProjectStatus.IN_USE) {
                steps.put(LocalDate.of(year, 12, 1 + random.nextInt(20)), new Object[] {ProjectStatus.IN_USE, 100, "服务中心投入使用。"});
            }
        }
        steps.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(step -> {
            ProjectStatus status = (ProjectStatus) step.getValue()[0];
            int percent = (Integer) step.getValue()[1];
            BigDecimal invested = planned.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2,
                    RoundingMode.HALF_UP);
            reports.save(project.report(new Progress.ReportDraft(step.getKey(), status, percent, invested),
                    (String) step.getValue()[2], REPORTER,
                    step.getKey().atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
        });
    }

    /** Rural communities by town, river- and road-side ones first. */
    private List<List<CommunityRef>> communitiesByTown(Random random) {
        var city = regions.findByCode("370782").orElseThrow();
        Map<Long, List<CommunityRef>> towns = new LinkedHashMap<>();
        for (CommunityRef c : regions.communitiesUnder(city)) {
            if (c.kind() == CommunityKind.RURAL_NEW) {
                towns.computeIfAbsent(c.townId(), t -> new ArrayList<>()).add(c);
            }
        }
        List<List<CommunityRef>> lists = new ArrayList<>();
        for (List<CommunityRef> list : towns.values()) {
            java.util.Collections.shuffle(list, random);
            list.sort(Comparator.comparing((CommunityRef c) -> !(c.alongRiver() || c.alongRoad())));
            lists.add(list);
        }
        return lists;
    }

    /** Takes {@code count} communities round-robin over the towns, removing them from the lists. */
    private static List<CommunityRef> pick(List<List<CommunityRef>> byTown, int count) {
        List<CommunityRef> picked = new ArrayList<>();
        int town = 0;
        while (picked.size() < count) {
            List<CommunityRef> list = byTown.get(town % byTown.size());
            if (!list.isEmpty()) {
                picked.add(list.remove(0));
            }
            town++;
        }
        return picked;
    }
}
