package cn.shequ.platform.communityservice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.shequ.platform.demo.DemoDataset;
import cn.shequ.platform.document.DocumentRef;
import cn.shequ.platform.document.DocumentRegister;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import org.springframework.stereotype.Component;

import static cn.shequ.platform.communityservice.WelfareActivityKind.CULTURE_SPORTS;
import static cn.shequ.platform.communityservice.WelfareActivityKind.FREE_CLINIC;
import static cn.shequ.platform.communityservice.WelfareActivityKind.OTHER;
import static cn.shequ.platform.communityservice.WelfareActivityKind.STUDENT_AID;
import static cn.shequ.platform.communityservice.WelfareActivityKind.VOLUNTEER;

/**
 * The community services of 2014 and 2015 as the office recorded them. 2015: the “金色年华” student aid
 * in 昌城镇 and 林家村镇 (11 students, with a free clinic the same day), the “健康产业社区公益行” stops and
 * other activities (11 in all, 11 students aided); 惠众胶带公司 paired with 林家村镇半边井子社区, giving
 * 1.22万元 in money and goods over three dated entries and building an activity room; the “四社联动”
 * pilots at 龙都街道杨春社区, 岔道口社区, 枳沟镇东枳沟社区 and 乔庄社区. 2014: three activities (8 students
 * aided), no pairing, no pilot.
 */
@Component
class CommunityServiceDemoData implements DemoDataset {

    static final String OFFICE = "诸城市社区化发展办公室";

    private final WelfareActivities activities;
    private final EnterprisePairings pairings;
    private final PairingDonations donations;
    private final FourPartyPilots pilots;
    private final RegionDirectory regions;
    private final DocumentRegister documents;

    CommunityServiceDemoData(WelfareActivities activities, EnterprisePairings pairings, PairingDonations donations,
            FourPartyPilots pilots, RegionDirectory regions, DocumentRegister documents) {
        this.activities = activities;
        this.pairings = pairings;
        this.donations = donations;
        this.pilots = pilots;
        this.regions = regions;
        this.documents = documents;
    }

    @Override
    public String name() {
        return "communityservice";
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public void load() {
        // 2015
        activity("“学雷锋”志愿服务进社区", EnumSet.of(VOLUNTEER), "2015-03-05", List.of("370782001001", "370782001003"),
                OFFICE, null, 320, 0, null, "志愿者为居民义务理发、维修家电、清理楼道。");
        activity("社区志愿者环境整治行动", EnumSet.of(VOLUNTEER), "2015-04-18", List.of("370782105001", "370782105003"),
                "昌城镇人民政府", null, 460, 0, null, "清理社区卫生死角，美化聚合区环境。");
        activity("“健康产业社区公益行”——凤凰社区站", EnumSet.of(FREE_CLINIC, VOLUNTEER), "2015-05-16", List.of("370782001004"),
                OFFICE, null, 280, 0, new BigDecimal("0.60"), "健康讲座、免费体检，赠送常用药品。");
        activity("“健康产业社区公益行”——百尺河社区站", EnumSet.of(FREE_CLINIC, VOLUNTEER), "2015-06-13", List.of("370782106001"),
                OFFICE, null, 240, 0, new BigDecimal("0.50"), "健康讲座、免费体检。");
        activity("“金色年华”助学活动", EnumSet.of(STUDENT_AID, FREE_CLINIC), "2015-08-22", List.of("370782105", "370782108"),
                OFFICE, null, 210, 11, new BigDecimal("1.10"), "捐助11名学生，并现场开展健康义诊，社会反响较好。");
        activity("“健康产业社区公益行”——相州社区站", EnumSet.of(FREE_CLINIC, VOLUNTEER), "2015-09-19", List.of("370782104001"),
                OFFICE, null, 300, 0, new BigDecimal("0.60"), null);
        activity("庆国庆社区文艺汇演", EnumSet.of(CULTURE_SPORTS), "2015-09-28", List.of("370782002004"),
                "龙都街道办事处", null, 800, 0, new BigDecimal("0.30"), null);
        activity("社区居民健身运动会", EnumSet.of(CULTURE_SPORTS), "2015-10-17", List.of("370782003"),
                "舜王街道办事处", null, 650, 0, new BigDecimal("0.80"), "全街道各社区组队参加。");
        activity("半边井子社区文体活动室启用暨文艺演出", EnumSet.of(CULTURE_SPORTS), "2015-11-06", List.of("370782108001"),
                "林家村镇人民政府", "惠众胶带公司", 500, 0, null, "惠众胶带公司结对帮扶建设的文体活动室投入使用。");
        activity("“四社联动”社区志愿服务日", EnumSet.of(VOLUNTEER), "2015-11-21", List.of("370782002001", "370782002002"),
                "龙都街道办事处", null, 360, 0, null, "社会组织、社工和志愿者联合开展服务。");
        activity("冬季送温暖慰问活动", EnumSet.of(OTHER, VOLUNTEER), "2015-12-26", List.of("370782101001", "370782101002"),
                "枳沟镇人民政府", null, 120, 0, new BigDecimal("2.40"), "慰问困难家庭，送去米面油和棉被。");

        EnterprisePairing huizhong = pair("惠众胶带公司", "370782108001", "2015-04-10", "高标准建设文体活动室",
                "市社区办引导结对帮扶。");
        donate(huizhong, "2015-04-28", "0.50", "0", "捐资用于文体活动室装修。");
        donate(huizhong, "2015-07-15", "0", "0.42", "捐赠乒乓球台、健身器材等文体器材。");
        donate(huizhong, "2015-12-08", "0.20", "0.10", "春节前慰问社区困难群众。");

        Long plan = documents.findByNumber("诸社办发〔2015〕5号").map(DocumentRef::id).orElse(null);
        pilot("370782002001", 2015, 4, 3, 120, plan, "以社区为平台，社区社会组织为载体。");
        pilot("370782002002", 2015, 3, 2, 86, plan, null);
        pilot("370782101001", 2015, 3, 2, 74, plan, null);
        pilot("370782101002", 2015, 5, 3, 105, plan, null);

        // 2014
        activity("“金色年华”助学活动", EnumSet.of(STUDENT_AID), "2014-08-23", List.of("370782102"),
                OFFICE, null, 8, 8, new BigDecimal("0.80"), "捐助8名学生。");
        activity("社区义诊进万家", EnumSet.of(FREE_CLINIC), "2014-06-14", List.of("370782110001"),
                OFFICE, null, 220, 0, null, null);
        activity("“学雷锋”志愿服务进社区", EnumSet.of(VOLUNTEER), "2014-03-05", List.of("370782001"),
                OFFICE, null, 260, 0, null, null);
    }

    private void activity(String title, Set<WelfareActivityKind> kinds, String date, List<String> placeCodes,
            String organiser, String partner, int people, int students, BigDecimal money, String notes) {
        Set<Long> ids = new LinkedHashSet<>();
        List<String> paths = new ArrayList<>();
        for (String code : placeCodes) {
            RegionRef place = regions.findByCode(code).orElseThrow();
            ids.add(place.id());
            paths.add(place.path());
        }
        activities.save(WelfareActivity.hold(new WelfareActivity.Details(title, kinds, LocalDate.parse(date), ids, paths,
                organiser, partner, people, students, money, notes), LocalDate.now()));
    }

    private EnterprisePairing pair(String enterprise, String communityCode, String since, String built, String notes) {
        CommunityRef community = community(communityCode);
        return pairings.save(EnterprisePairing.pair(new EnterprisePairing.Details(enterprise, community.id(), community.path(),
                LocalDate.parse(since), built, notes), LocalDate.now()));
    }

    private void donate(EnterprisePairing pairing, String date, String money, String goods, String description) {
        LocalDate day = LocalDate.parse(date);
        donations.save(pairing.donate(new PairingDonation.Draft(day, new BigDecimal(money), new BigDecimal(goods), description),
                "office", day.atTime(15, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), LocalDate.now()));
    }

    private void pilot(String communityCode, int year, int organisations, int workers, int volunteers, Long document,
            String notes) {
        CommunityRef community = community(communityCode);
        pilots.save(FourPartyPilot.start(new FourPartyPilot.Details(community.id(), community.path(), year, organisations,
                workers, volunteers, document, notes)));
    }

    private CommunityRef community(String code) {
        return regions.community(regions.findByCode(code).orElseThrow().id()).orElseThrow();
    }
}
