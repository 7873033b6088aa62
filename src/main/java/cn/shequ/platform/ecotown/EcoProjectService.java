package cn.shequ.platform.ecotown;

import java.time.Instant;
import java.util.List;

import cn.shequ.platform.document.DocumentRegister;
import cn.shequ.platform.progress.ProgressReport;
import cn.shequ.platform.progress.ProjectChanges;
import cn.shequ.platform.progress.ProjectService;
import cn.shequ.platform.record.Placements;
import cn.shequ.platform.region.CommunityKind;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.shared.NotFoundException;
import cn.shequ.platform.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans, edits and reports on key projects. Every change is checked against the data scope and the
 * year lock: a town user plans and reports only for their own town's communities.
 */
@Service
@Transactional
class EcoProjectService implements ProjectService<EcoProject, EcoProjectForm, EcoProjectReportForm> {

    static final String WHAT = "eco-town key project";

    private final ProjectChanges changes;
    private final EcoProjects projects;
    private final EcoProjectReports reports;
    private final Placements placements;
    private final DocumentRegister documents;

    EcoProjectService(EcoProjects projects, EcoProjectReports reports, Placements placements, DocumentRegister documents,
            ProjectChanges changes) {
        this.changes = changes;
        this.projects = projects;
        this.reports = reports;
        this.placements = placements;
        this.documents = documents;
    }

    @Override
    @Transactional(readOnly = true)
    public EcoProject get(long id) {
        return projects.findById(id).orElseThrow(() -> new NotFoundException(WHAT, id));
    }

    @Override
    @Transactional(readOnly = true)
    public List<EcoProjectReport> reportsOf(long id) {
        get(id);
        return reports.findByProjectIdOrderByReportDateDescIdDesc(id);
    }

    @Override
    @Transactional(readOnly = true)
    public EcoProjectForm formFor(long id) {
        return EcoProjectForm.of(get(id));
    }

    @Override
    public long create(EcoProjectForm form) {
        CommunityRef community = placements.place(form.getCommunityId(), form.getYear());
        requireUnique(form, community, null);
        return projects.save(EcoProject.plan(details(form, community))).getId();
    }

    @Override
    public void update(long id, EcoProjectForm form) {
        EcoProject project = get(id);
        changes.requireChangeable(project, form.getVersion());
        CommunityRef community = placements.place(form.getCommunityId(), form.getYear());
        requireUnique(form, community, id);
        project.describe(details(form, community));
    }

    @Override
    public ProgressReport reportOf(EcoProject project, EcoProjectReportForm form, String reporter, Instant now) {
        return project.report(form.draft(), form.getHouseholdsRelocated(), form.getNote(), reporter, now);
    }

    private void requireUnique(EcoProjectForm form, CommunityRef community, Long id) {
        if (form.getPlanDocumentId() != null && documents.find(form.getPlanDocumentId()).isEmpty()) {
            throw RuleViolationException.of("planDocumentId", "ecotown.error.document");
        }
        if (form.getKind() != null && projects.existsByYearAndKindAndCommunityIdAndIdNot(form.getYear(), form.getKind(),
                community.id(), id == null ? 0L : id)) {
            throw RuleViolationException.of("communityId", "ecotown.error.project.duplicate");
        }
    }

    private static EcoProject.Details details(EcoProjectForm form, CommunityRef community) {
        return new EcoProject.Details(form.getKind(), form.getName(), community.id(), community.path(), form.getYear(),
                form.getPlannedInvestment(), form.isPrefectureAssessed(), form.getAssessmentResult(),
                form.getPlanDocumentId(), form.getNotes(), community.kind() == CommunityKind.RURAL_NEW);
    }
}
