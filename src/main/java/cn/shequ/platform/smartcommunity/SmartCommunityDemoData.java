package cn.shequ.platform.smartcommunity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.shequ.platform.demo.DemoDataset;
import cn.shequ.platform.document.DocumentRef;
import cn.shequ.platform.document.DocumentRegister;
import cn.shequ.platform.progress.Progress;
import cn.shequ.platform.progress.ProjectStatus;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import org.springframework.stereotype.Component;

/**
 * The smart-community construction of 2014 and 2015 as the office recorded it, with its progress
 * reports. 2015, under 诸社办发〔2015〕1号 with 诸城广电公司: the pilots (first batch) 密州街道东山社区
 * and 辛兴镇辛兴社区, and six communities of the second batch; by 31 December the display platform was
 * completed in 4 communities (the two pilots, 昌城镇昌城社区 and 相州镇相州社区; 舜王街道舜王社区
 * finished in January 2016); 7 of the 8 were under construction or beyond. 2014: the two pilot
 * communities' preparation, one of them under construction.
 */
@Component
class SmartCommunityDemoData implements DemoDataset {

    static final String PARTNER = "诸城广电公司";
    static final String REPORTER = "office";

    private final SmartCommunities records;
    private final SmartCommunityReports reports;
    private final SmartApplicationSystems systems;
    private final RegionDirectory regions;
    private final DocumentRegister documents;

    SmartCommunityDemoData(SmartCommunities records, SmartCommunityReports reports, SmartApplicationSystems systems,
            RegionDirectory regions, DocumentRegister documents) {
        this.records = records;
        this.reports = reports;
        this.systems = systems;
        this.regions = regions;
        this.documents = documents;
    }

    @Override
    public String name() {
        return "smartcommunity";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void load() {
        List<SmartApplicationSystem> list = systems.findAllInOrder();
        Set<SmartApplicationSystem> all = new LinkedHashSet<>(list);
        Set<SmartApplicationSystem> basic = new LinkedHashSet<>(list.subList(0, 2));
        Set<SmartApplicationSystem> three = new LinkedHashSet<>(list.subList(0, 3));
        Set<SmartApplicationSystem> four = new LinkedHashSet<>(list.subList(0, 4));
        Long plan = documents.findByNumber("诸社办发〔2015〕1号").map(DocumentRef::id).orElse(null);

        // 2015, the pilots (first batch): display platforms completed in the summer, in use by autumn.
        SmartCommunity dongshan = record("370782001001", 2015, 1, all, 1720, 1860, "2015-03-02", "2015-06-28", plan,
                "首批“智慧社区”样板，配备高清交互式数字电视机顶盒，开通广电网络。");
        reportAll(dongshan, new Object[][] {
                {"2015-03-10", ProjectStatus.UNDER_CONSTRUCTION, 20, "入户安装高清交互式机顶盒，开通广电网络。"},
                {"2015-05-15", ProjectStatus.UNDER_CONSTRUCTION, 65, "社区政务、社会管理等应用系统开发调试。"},
                {"2015-06-28", ProjectStatus.COMPLETED, 100, "标准化展示平台建成。"},
                {"2015-09-10", ProjectStatus.IN_USE, 100, "五大应用系统上线运行。"}});
        SmartCommunity xinxing = record("370782107001", 2015, 1, all, 2050, 2210, "2015-03-05", "2015-07-12", plan,
                "首批“智慧社区”样板。");
        reportAll(xinxing, new Object[][] {
                {"2015-03-16", ProjectStatus.UNDER_CONSTRUCTION, 25, "入户安装机顶盒，整合社区信息资源。"},
                {"2015-05-26", ProjectStatus.UNDER_CONSTRUCTION, 70, "应用系统开发调试。"},
                {"2015-07-12", ProjectStatus.COMPLETED, 100, "标准化展示平台建成。"},
                {"2015-09-18", ProjectStatus.IN_USE, 100, "应用系统上线运行。"}});

        // 2015, the second batch.
        SmartCommunity changcheng = record("370782105001", 2015, 2, four, 1100, 1250, "2015-05-04", "2015-11-18", plan, null);
        reportAll(changcheng, new Object[][] {
                {"2015-05-12", ProjectStatus.UNDER_CONSTRUCTION, 20, "入户安装机顶盒。"},
                {"2015-08-20", ProjectStatus.UNDER_CONSTRUCTION, 60, "应用系统部署。"},
                {"2015-11-18", ProjectStatus.COMPLETED, 100, "标准化展示平台建成。"}});
        SmartCommunity xiangzhou = record("370782104001", 2015, 2, three, 900, 980, "2015-05-11", "2015-12-16", plan, null);
        reportAll(xiangzhou, new Object[][] {
                {"2015-05-20", ProjectStatus.UNDER_CONSTRUCTION, 15, "入户安装机顶盒。"},
                {"2015-09-08", ProjectStatus.UNDER_CONSTRUCTION, 55, "应用系统部署。"},
                {"2015-12-16", ProjectStatus.COMPLETED, 100, "标准化展示平台建成。"}});
        SmartCommunity shunwang = record("370782003001", 2015, 2, three, 380, 420, "2015-06-01", "2016-01-12", plan,
                "展示平台于2016年1月建成。");
        reportAll(shunwang, new Object[][] {
                {"2015-06-10", ProjectStatus.UNDER_CONSTRUCTION, 15, "入户安装机顶盒。"},
                {"2015-11-25", ProjectStatus.UNDER_CONSTRUCTION, 70, "展示平台设备安装调试。"},
                {"2016-01-12", ProjectStatus.COMPLETED, 100, "标准化展示平台建成。"}});
        SmartCommunity zhigou = record("370782101005", 2015, 2, basic, 520, 600, "2015-07-01", null, plan, null);
        reportAll(zhigou, new Object[][] {
                {"2015-07-08", ProjectStatus.UNDER_CONSTRUCTION, 10, "入户安装机顶盒。"},
                {"2015-12-05", ProjectStatus.UNDER_CONSTRUCTION, 45, "开通广电网络，部署社区政务系统。"}});
        SmartCommunity jiayue = record("370782102001", 2015, 2, basic, 300, 350, "2015-08-03", null, plan, null);
        reportAll(jiayue, new Object[][] {
                {"2015-08-12", ProjectStatus.UNDER_CONSTRUCTION, 10, "入户安装机顶盒。"},
                {"2015-12-10", ProjectStatus.UNDER_CONSTRUCTION, 30, "开通广电网络。"}});
        record("370782106001", 2015, 2, basic, 0, 0, "2015-11-02", null, plan, "列入第二批，待开工。");

        // 2014: the pilot communities prepare.
        SmartCommunity dongshan2014 = record("370782001001", 2014, 1, basic, 300, 320, "2014-10-15", null, null,
                "与诸城广电公司对接，试点入户安装机顶盒。");
        reportAll(dongshan2014, new Object[][] {
                {"2014-10-20", ProjectStatus.UNDER_CONSTRUCTION, 10, "试点入户安装机顶盒。"},
                {"2014-12-18", ProjectStatus.UNDER_CONSTRUCTION, 15, "开通广电网络。"}});
        record("370782107001", 2014, 1, basic, 0, 0, null, null, null, "完成入户需求调查。");
    }

    private SmartCommunity record(String communityCode, int year, int batch, Set<SmartApplicationSystem> deployed,
            int setTopBoxes, int households, String start, String platform, Long plan, String notes) {
        long id = regions.findByCode(communityCode).orElseThrow().id();
        CommunityRef community = regions.community(id).orElseThrow();
        return records.save(SmartCommunity.record(new SmartCommunity.Details(community.id(), community.path(), year, batch,
                PARTNER, deployed, setTopBoxes, households, community.households(), date(start), date(platform), plan,
                notes), LocalDate.now()));
    }

    private void reportAll(SmartCommunity record, Object[][] steps) {
        for (Object[] step : steps) {
            LocalDate day = LocalDate.parse((String) step[0]);
            reports.save(record.report(new Progress.ReportDraft(day, (ProjectStatus) step[1], (Integer) step[2], null),
                    (String) step[3], REPORTER, day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
        }
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
