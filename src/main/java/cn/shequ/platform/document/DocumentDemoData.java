package cn.shequ.platform.document;

import java.time.LocalDate;
import java.util.EnumSet;

import cn.shequ.platform.demo.DemoDataset;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.shared.WorkStream;
import org.springframework.stereotype.Component;

/**
 * The documents and meetings of 2014 and 2015 that the yearbook names or that a real year would
 * have: the 2015 smart-community plan 诸社办发〔2015〕1号, the featured-community plan 诸社办发〔2015〕2号,
 * the eco-town plan 诸社发〔2015〕2号, and the two city-wide smart-community promotion meetings.
 */
@Component
class DocumentDemoData implements DemoDataset {

    static final String OFFICE = "诸城市社区化发展办公室";
    static final String LEADING_GROUP = "中共诸城市委社区化发展领导小组";

    private final Documents documents;
    private final Meetings meetings;
    private final RegionDirectory regions;

    DocumentDemoData(Documents documents, Meetings meetings, RegionDirectory regions) {
        this.documents = documents;
        this.meetings = meetings;
        this.regions = regions;
    }

    @Override
    public String name() {
        return "document";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load() {
        String city = regions.findByCode("370782").orElseThrow().path();
        document("诸社办发〔2014〕1号", "关于推进2014年社区服务中心改造提升的实施意见", OFFICE, "2014-02-20",
                EnumSet.of(WorkStream.SERVICE_CENTER), "部署2014年社区服务中心改造提升工作。", city);
        document("诸社办发〔2014〕3号", "关于开展首批特色社区创建活动的通知", OFFICE, "2014-04-08",
                EnumSet.of(WorkStream.FEATURED_COMMUNITY), "启动首批特色社区创建评选。", city);
        document("诸社办发〔2015〕1号", "关于推进2015年智慧社区建设的工作计划", OFFICE, "2015-02-16",
                EnumSet.of(WorkStream.SMART_COMMUNITY),
                "以社区网格为载体，与诸城广电公司合作，建设社区政务、社会管理、教育培训、娱乐休闲、社区商圈等信息应用系统。", city);
        document("诸社办发〔2015〕2号", "关于推进全市2015年特色社区创建的工作计划", OFFICE, "2015-03-10",
                EnumSet.of(WorkStream.FEATURED_COMMUNITY),
                "围绕产业支撑、聚集融合、特色服务、环境卫生、民主管理、平安和谐、文体娱乐、智能信息等方面开展特色社区创建。", city);
        document("诸社发〔2015〕2号", "2015年度全市生态小镇建设工作计划", LEADING_GROUP, "2015-03-18",
                EnumSet.of(WorkStream.ECO_TOWN), "按照全市新型城镇化“1313”总体规划，突出抓好农村新型社区和生态小镇建设。", city);
        document("诸社办发〔2015〕3号", "关于做好2015年社区服务中心改造提升工作的通知", OFFICE, "2015-03-25",
                EnumSet.of(WorkStream.SERVICE_CENTER), "重点推进50个社区服务中心的改造提升，其中新建8个。", city);
        document("诸社办发〔2015〕5号", "关于建立“四社联动”社区治理机制的试点方案", OFFICE, "2015-05-12",
                EnumSet.of(WorkStream.COMMUNITY_SERVICE), "在龙都街道、枳沟镇选择社区开展“四社联动”试点。", city);
        document("诸社办发〔2015〕7号", "关于推进城乡建设用地增减挂钩项目建设的通知", OFFICE, "2015-04-02",
                EnumSet.of(WorkStream.LAND_LINKAGE), "建立增减挂钩项目库，推进挂钩地块建设。", city);

        meeting("2014-06-18", "全市社区服务中心改造提升现场会", OFFICE, MeetingKind.ON_SITE, WorkStream.SERVICE_CENTER, 120, city);
        meeting("2015-04-23", "全市智慧社区建设工作推进会", "市政府办公室", MeetingKind.PROMOTION,
                WorkStream.SMART_COMMUNITY, 150, city);
        meeting("2015-09-17", "全市智慧社区建设工作推进会（第二次）", "市政府办公室", MeetingKind.PROMOTION,
                WorkStream.SMART_COMMUNITY, 160, city);
        meeting("2015-06-05", "生态小镇和农村新型社区建设现场观摩会", LEADING_GROUP, MeetingKind.ON_SITE,
                WorkStream.ECO_TOWN, 200, city);
        meeting("2015-07-09", "社区工作人员业务培训班", OFFICE, MeetingKind.TRAINING, WorkStream.GENERAL, 260, city);
    }

    private void document(String number, String title, String issuer, String date, EnumSet<WorkStream> streams,
            String summary, String path) {
        documents.save(Document.issue(new Document.Details(DocumentNumber.canonical(number).orElseThrow(), title, issuer,
                LocalDate.parse(date), streams, summary, path)));
    }

    private void meeting(String date, String title, String organiser, MeetingKind kind, WorkStream stream,
            int attendance, String path) {
        meetings.save(Meeting.hold(new Meeting.Details(LocalDate.parse(date), title, organiser, kind, stream, attendance,
                null, path)));
    }
}
