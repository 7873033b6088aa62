package cn.shequ.platform.smartcommunity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.shequ.platform.document.DocumentRef;
import cn.shequ.platform.document.DocumentRegister;
import cn.shequ.platform.progress.ProgressReportForm;
import cn.shequ.platform.progress.ProgressReport;
import cn.shequ.platform.progress.ProjectChanges;
import cn.shequ.platform.progress.ProjectService;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.DataScope;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.shared.NotFoundException;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.StaleRecordException;
import cn.shequ.platform.shared.WorkStream;
import cn.shequ.platform.yearlock.YearLocks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, edits and reports on smart-community construction, and keeps the list of application
 * systems. Every change of a record is checked against the data scope (a town user works only on their
 * own town's communities) and the year-end lock of its plan year.
 */
@Service
@Transactional
class SmartCommunityService implements ProjectService<SmartCommunity, SmartCommunityForm, ProgressReportForm> {

    static final String WHAT = "smart-community record";

    private final ProjectChanges changes;
    private final SmartCommunities records;
    private final SmartCommunityReports reports;
    private final SmartApplicationSystems systems;
    private final RegionDirectory regions;
    private final DocumentRegister documents;
    private final DataScope scope;
    private final YearLocks locks;
    private final Clock clock;

    SmartCommunityService(SmartCommunities records, SmartCommunityReports reports, SmartApplicationSystems systems,
            RegionDirectory regions, DocumentRegister documents, DataScope scope, YearLocks locks, Clock clock, ProjectChanges changes) {
        this.changes = changes;
        this.records = records;
        this.reports = reports;
        this.systems = systems;
        this.regions = regions;
        this.documents = documents;
        this.scope = scope;
        this.locks = locks;
        this.clock = clock;
    }

    /** A record the user may see, with its application systems. */
    @Override
    @Transactional(readOnly = true)
    public SmartCommunity get(long id) {
        return records.findWithSystems(id).orElseThrow(() -> new NotFoundException(WHAT, id));
    }

    /** A record's reports, newest first (the record must be one the user may see). */
    @Override
    @Transactional(readOnly = true)
    public List<SmartCommunityReport> reportsOf(long id) {
        get(id);
        return reports.findBySmartCommunityIdOrderByReportDateDescIdDesc(id);
    }

    @Override
    @Transactional(readOnly = true)
    public SmartCommunityForm formFor(long id) {
        return SmartCommunityForm.of(get(id));
    }

    /** The plan documents a record may cite: the register's smart-community documents. */
    @Transactional(readOnly = true)
    List<DocumentRef> planDocuments() {
        return documents.ofStream(WorkStream.SMART_COMMUNITY);
    }

    @Override
    public long create(SmartCommunityForm form) {
        CommunityRef community = community(form.getCommunityId());
        locks.requireOpen(form.getPlanYear(), community.path());
        requireOnlyRecord(community, form.getPlanYear(), null);
        return records.save(SmartCommunity.record(details(form, community, Set.of()), today())).getId();
    }

    @Override
    public void update(long id, SmartCommunityForm form) {
        SmartCommunity record = get(id);
        changes.requireChangeable(record, form.getVersion());
        CommunityRef community = community(form.getCommunityId());
        locks.requireOpen(form.getPlanYear(), community.path());
        requireOnlyRecord(community, form.getPlanYear(), id);
        Set<Long> deployed = new LinkedHashSet<>();
        record.getSystems().forEach(s -> deployed.add(s.getId()));
        record.describe(details(form, community, deployed), today());
    }

    @Override
    public ProgressReport reportOf(SmartCommunity record, ProgressReportForm form, String reporter, Instant now) {
        return record.report(form.draft(), form.getNote(), reporter, now);
    }

    // --- the list of application systems ---

    @Transactional(readOnly = true)
    SmartApplicationSystem system(long id) {
        return systems.findById(id).orElseThrow(() -> new NotFoundException("application system", id));
    }

    long createSystem(SmartApplicationSystemForm form) {
        requireUniqueName(form.getName(), null);
        SmartApplicationSystem system = SmartApplicationSystem.named(form.getName(), form.getSortOrder());
        system.describe(form.getName(), form.getSortOrder(), form.isRetired());
        return systems.save(system).getId();
    }

    void updateSystem(long id, SmartApplicationSystemForm form) {
        SmartApplicationSystem system = system(id);
        StaleRecordException.check("application system", id, form.getVersion(), system.getVersion());
        requireUniqueName(form.getName(), id);
        system.describe(form.getName(), form.getSortOrder(), form.isRetired());
    }

    private void requireUniqueName(String name, Long id) {
        systems.findByName(name.trim()).filter(s -> !s.getId().equals(id)).ifPresent(s -> {
            throw RuleViolationException.of("name", "smartcommunity.system.error.duplicate", s.getName());
        });
    }

    private SmartCommunity.Details details(SmartCommunityForm form, CommunityRef community, Set<Long> alreadyDeployed) {
        Set<Long> ids = form.getSystemIds() == null ? Set.of() : form.getSystemIds();
        List<SmartApplicationSystem> found = ids.isEmpty() ? List.of() : systems.findByIdIn(ids);
        boolean unknown = found.size() != ids.size();
        boolean retired = found.stream().anyMatch(s -> s.isRetired() && !alreadyDeployed.contains(s.getId()));
        if (unknown || retired) {
            throw RuleViolationException.of("systemIds", "smartcommunity.error.system");
        }
        Long document = form.getPlanDocumentId();
        if (document != null && planDocuments().stream().noneMatch(d -> d.id() == document)) {
            throw RuleViolationException.of("planDocumentId", "smartcommunity.error.document");
        }
        return form.details(community.path(), community.households(), new LinkedHashSet<>(found));
    }

    /** One record per community and year. */
    private void requireOnlyRecord(CommunityRef community, int year, Long id) {
        boolean taken = records.findIdsByCommunityAndYear(community.id(), year).stream().anyMatch(other -> !other.equals(id));
        if (taken) {
            throw RuleViolationException.of("communityId", "smartcommunity.error.duplicate", community.fullName(), year);
        }
    }

    /** The community a record is for: one the user may see and change. */
    private CommunityRef community(Long communityId) {
        CommunityRef community = regions.community(communityId)
                .orElseThrow(() -> RuleViolationException.of("communityId", "smartcommunity.error.community"));
        scope.requireCovered(community.path());
        return community;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
