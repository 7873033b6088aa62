package cn.shequ.platform.ecotown;

import java.time.Clock;
import java.util.List;

import cn.shequ.platform.document.DocumentRegister;
import cn.shequ.platform.progress.ReportedProjects;
import cn.shequ.platform.region.CommunityKind;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.shared.NotFoundException;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.StaleRecordException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans, edits and reports on key projects. Every change is checked against the data scope and the
 * year lock: a town user plans and reports only for their own town's communities.
 */
@Service
@Transactional
class EcoProjectService {

    static final String WHAT = "eco-town key project";

    private final ReportedProjects reportedProjects;
    private final EcoProjects projects;
    private final EcoProjectReports reports;
    private final EcoPlaces places;
    private final DocumentRegister documents;
    private final Clock clock;

    EcoProjectService(EcoProjects projects, EcoProjectReports reports, EcoPlaces places, DocumentRegister documents,
            Clock clock, ReportedProjects reportedProjects) {
        this.reportedProjects = reportedProjects;
        this.projects = projects;
        this.reports = reports;
        this.places = places;
        this.documents = documents;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    EcoProject get(long id) {
        return projects.findById(id).orElseThrow(() -> new NotFoundException(WHAT, id));
    }

    @Transactional(readOnly = true)
    List<EcoProjectReport> reportsOf(long id) {
        get(id);
        return reports.findByProjectIdOrderByReportDateDescIdDesc(id);
    }

    @Transactional(readOnly = true)
    EcoProjectForm formFor(long id) {
        return EcoProjectForm.of(get(id));
    }

    long create(EcoProjectForm form) {
        CommunityRef community = places.community(form.getCommunityId());
        places.requireOpen(form.getYear(), community.path());
        requireUnique(form, community, null);
        return projects.save(EcoProject.plan(details(form, community))).getId();
    }

    void update(long id, EcoProjectForm form) {
        EcoProject project = get(id);
        places.requireWritable(project, project.getYear());
        StaleRecordException.check(WHAT, id, form.getVersion(), project.getVersion());
        CommunityRef community = places.community(form.getCommunityId());
        places.requireOpen(form.getYear(), community.path());
        requireUnique(form, community, id);
        project.describe(details(form, community));
    }

    void report(long id, EcoProjectReportForm form, String reporter) {
        EcoProject project = get(id);
        places.requireWritable(project, project.getYear());
        StaleRecordException.check(WHAT, id, form.getVersion(), project.getVersion());
        reportedProjects.claimForReport(project);
        reports.save(project.report(form.draft(), form.getHouseholdsRelocated(), form.getNote(), reporter, clock.instant()));
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
