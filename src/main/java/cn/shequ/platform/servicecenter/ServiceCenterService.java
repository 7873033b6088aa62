package cn.shequ.platform.servicecenter;

import java.time.Instant;
import java.util.List;

import cn.shequ.platform.progress.ProgressReportForm;
import cn.shequ.platform.progress.ProgressReport;
import cn.shequ.platform.progress.ProjectChanges;
import cn.shequ.platform.progress.ProjectService;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.DataScope;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.shared.NotFoundException;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.yearlock.YearLocks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans, edits and reports on service-center projects. Every change is checked against the data
 * scope: a town user plans and reports only for their own town's communities.
 */
@Service
@Transactional
class ServiceCenterService implements ProjectService<ServiceCenterProject, ServiceCenterForm, ProgressReportForm> {

    static final String WHAT = "service-center project";

    private final ProjectChanges changes;
    private final ServiceCenterProjects projects;
    private final ServiceCenterReports reports;
    private final RegionDirectory regions;
    private final DataScope scope;
    private final YearLocks locks;

    ServiceCenterService(ServiceCenterProjects projects, ServiceCenterReports reports, RegionDirectory regions,
            DataScope scope, YearLocks locks, ProjectChanges changes) {
        this.changes = changes;
        this.projects = projects;
        this.reports = reports;
        this.regions = regions;
        this.scope = scope;
        this.locks = locks;
    }

    @Override
    @Transactional(readOnly = true)
    public ServiceCenterProject get(long id) {
        return projects.findById(id).orElseThrow(() -> new NotFoundException(WHAT, id));
    }

    /** A project's reports, newest first (the project must be one the user may see). */
    @Override
    @Transactional(readOnly = true)
    public List<ServiceCenterReport> reportsOf(long id) {
        get(id);
        return reports.findByProjectIdOrderByReportDateDescIdDesc(id);
    }

    @Override
    @Transactional(readOnly = true)
    public ServiceCenterForm formFor(long id) {
        return ServiceCenterForm.of(get(id));
    }

    @Override
    public long create(ServiceCenterForm form) {
        CommunityRef community = community(form.getCommunityId());
        locks.requireOpen(form.getPlanYear(), community.path());
        return projects.save(ServiceCenterProject.plan(form.details(community.path()))).getId();
    }

    @Override
    public void update(long id, ServiceCenterForm form) {
        ServiceCenterProject project = get(id);
        changes.requireChangeable(project, form.getVersion());
        CommunityRef community = community(form.getCommunityId());
        locks.requireOpen(form.getPlanYear(), community.path());
        project.describe(form.details(community.path()));
    }

    @Override
    public ProgressReport reportOf(ServiceCenterProject project, ProgressReportForm form, String reporter, Instant now) {
        return project.report(form.draft(), form.getNote(), reporter, now);
    }

    /** The community a project is planned for: one the user may see and change. */
    private CommunityRef community(Long communityId) {
        CommunityRef community = regions.community(communityId)
                .orElseThrow(() -> RuleViolationException.of("communityId", "servicecenter.error.community"));
        scope.requireCovered(community.path());
        return community;
    }
}
