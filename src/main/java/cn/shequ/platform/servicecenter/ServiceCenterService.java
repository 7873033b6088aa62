package cn.shequ.platform.servicecenter;

import java.time.Clock;

import cn.shequ.platform.progress.ProgressReportForm;
import cn.shequ.platform.progress.ReportedProjects;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.DataScope;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.shared.NotFoundException;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.StaleRecordException;
import cn.shequ.platform.yearlock.YearLocks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans, edits and reports on service-center projects. Every change is checked against the data
 * scope: a town user plans and reports only for their own town's communities.
 */
@Service
@Transactional
class ServiceCenterService {

    private final ReportedProjects reportedProjects;
    private final ServiceCenterProjects projects;
    private final ServiceCenterReports reports;
    private final RegionDirectory regions;
    private final DataScope scope;
    private final YearLocks locks;
    private final Clock clock;

    ServiceCenterService(ServiceCenterProjects projects, ServiceCenterReports reports, RegionDirectory regions,
            DataScope scope, YearLocks locks, Clock clock, ReportedProjects reportedProjects) {
        this.reportedProjects = reportedProjects;
        this.projects = projects;
        this.reports = reports;
        this.regions = regions;
        this.scope = scope;
        this.locks = locks;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    ServiceCenterProject get(long id) {
        return projects.findById(id).orElseThrow(() -> new NotFoundException("service-center project", id));
    }

    /** A project's reports, newest first (the project must be one the user may see). */
    @Transactional(readOnly = true)
    java.util.List<ServiceCenterReport> reportsOf(long id) {
        get(id);
        return reports.findByProjectIdOrderByReportDateDescIdDesc(id);
    }

    @Transactional(readOnly = true)
    ServiceCenterForm formFor(long id) {
        return ServiceCenterForm.of(get(id));
    }

    long create(ServiceCenterForm form) {
        CommunityRef community = community(form.getCommunityId());
        locks.requireOpen(form.getPlanYear(), community.path());
        return projects.save(ServiceCenterProject.plan(form.details(community.path()))).getId();
    }

    void update(long id, ServiceCenterForm form) {
        ServiceCenterProject project = get(id);
        scope.requireCovered(project.getRegionPath());
        StaleRecordException.check("service-center project", id, form.getVersion(), project.getVersion());
        locks.requireOpen(project.getPlanYear(), project.getRegionPath());
        CommunityRef community = community(form.getCommunityId());
        locks.requireOpen(form.getPlanYear(), community.path());
        project.describe(form.details(community.path()));
    }

    void report(long id, ProgressReportForm form, String reporter) {
        ServiceCenterProject project = get(id);
        scope.requireCovered(project.getRegionPath());
        StaleRecordException.check("service-center project", id, form.getVersion(), project.getVersion());
        locks.requireOpen(project.getPlanYear(), project.getRegionPath());
        reportedProjects.claimForReport(project);
        reports.save(project.report(form.draft(), form.getNote(), reporter, clock.instant()));
    }

    /** The community a project is planned for: one the user may see and change. */
    private CommunityRef community(Long communityId) {
        CommunityRef community = regions.community(communityId)
                .orElseThrow(() -> RuleViolationException.of("communityId", "servicecenter.error.community"));
        scope.requireCovered(community.path());
        return community;
    }
}
