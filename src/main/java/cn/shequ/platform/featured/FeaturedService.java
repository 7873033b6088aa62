package cn.shequ.platform.featured;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.shequ.platform.account.AccountDirectory;
import cn.shequ.platform.account.AccountRef;
import cn.shequ.platform.account.Role;
import cn.shequ.platform.document.DocumentRegister;
import cn.shequ.platform.record.Placements;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.shared.NotFoundException;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.RuleViolationException.Violation;
import cn.shequ.platform.shared.StaleRecordException;
import org.hibernate.Hibernate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Launches and edits batches, files and edits applications, moves them through the workflow, takes
 * the reviewers' scores and names a batch. Every change is checked against the data scope (a town
 * user files and recommends only for their own town's communities) and the year lock of the batch's
 * year; what a page shows is loaded here.
 */
@Service
@Transactional
class FeaturedService {

    private final FeaturedBatches batches;
    private final FeaturedAspects aspects;
    private final FeaturedApplications applications;
    private final FeaturedTransitions transitions;
    private final FeaturedReviews reviews;
    private final FeaturedStandings standings;
    private final RegionDirectory regions;
    private final DocumentRegister documents;
    private final AccountDirectory accounts;
    private final Placements placements;
    private final Clock clock;

    FeaturedService(FeaturedBatches batches, FeaturedAspects aspects, FeaturedApplications applications,
            FeaturedTransitions transitions, FeaturedReviews reviews, FeaturedStandings standings, RegionDirectory regions,
            DocumentRegister documents, AccountDirectory accounts, Placements placements, Clock clock) {
        this.batches = batches;
        this.aspects = aspects;
        this.applications = applications;
        this.transitions = transitions;
        this.reviews = reviews;
        this.standings = standings;
        this.regions = regions;
        this.documents = documents;
        this.accounts = accounts;
        this.placements = placements;
        this.clock = clock;
    }

    // ---- batches

    /** A batch with what its page shows (aspects, criteria, reviewers). */
    @Transactional(readOnly = true)
    FeaturedBatch batch(long id) {
        FeaturedBatch batch = batches.findById(id).orElseThrow(() -> new NotFoundException("featured batch", id));
        Hibernate.initialize(batch.getAspects());
        Hibernate.initialize(batch.getCriteria());
        Hibernate.initialize(batch.getReviewers());
        return batch;
    }

    @Transactional(readOnly = true)
    BatchForm batchForm(long id) {
        return BatchForm.of(batch(id));
    }

    long createBatch(BatchForm form) {
        String regionPath = regions.scopeRoot().path();
        placements.requireOpen(form.getYear(), regionPath);
        FeaturedBatch batch = FeaturedBatch.launch(batchDetails(form, regionPath, null));
        return batches.save(batch).getId();
    }

    void updateBatch(long id, BatchForm form) {
        FeaturedBatch batch = openBatch(id, form.getVersion());
        placements.requireOpen(form.getYear(), batch.getRegionPath());
        FeaturedBatch.Usage usage = new FeaturedBatch.Usage(reviews.existsForBatch(id), applications.aspectsApplied(id));
        batch.describe(batchDetails(form, batch.getRegionPath(), batch), usage);
    }

    /**
     * Names the batch: every application still in publicity is named (each transition logged) and the
     * batch is closed, so its named list is fixed. Refused while applications are still on their way
     * (submitted, recommended or under review), and when there is nothing to name.
     */
    int nameAndClose(long id, Actor actor, NamingForm form) {
        FeaturedBatch batch = openBatch(id, form.getVersion());
        String note = form.getNote();
        long pending = standings.pending(id);
        if (pending > 0) {
            throw RuleViolationException.global("featured.error.naming.pending", pending);
        }
        List<FeaturedApplication> inPublicity = applications.findByBatchIdAndState(id, FeaturedState.IN_PUBLICITY);
        if (inPublicity.isEmpty() && standings.placed(id) == 0) {
            throw RuleViolationException.global("featured.error.naming.none");
        }
        var now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        for (FeaturedApplication application : inPublicity) {
            placements.requireOpen(batch.getYear(), application.getRegionPath());
            transitions.save(application.moveTo(FeaturedState.NAMED, actor, note, now, today, null));
        }
        batch.close(actor.username(), now);
        return inPublicity.size();
    }

    /**
     * A batch before a change: in the user's scope, not changed since the form was made, not yet
     * closed, and its year open.
     */
    private FeaturedBatch openBatch(long id, Long formVersion) {
        FeaturedBatch batch = batch(id);
        placements.change(batch, formVersion);
        batch.requireOpen();
        placements.requireOpen(batch.getYear(), batch.getRegionPath());
        return batch;
    }

    private FeaturedBatch.Details batchDetails(BatchForm form, String regionPath, FeaturedBatch existing) {
        List<Violation> violations = new ArrayList<>();
        batches.findByNumber(form.getNumber())
                .filter(other -> existing == null || !other.getId().equals(existing.getId()))
                .ifPresent(other -> violations.add(new Violation("number", "featured.error.batch.numberTaken",
                        other.getNumberLabel())));
        if (form.getDocumentId() != null && documents.find(form.getDocumentId()).isEmpty()) {
            violations.add(new Violation("documentId", "featured.error.document"));
        }
        Set<FeaturedAspect> chosen = new LinkedHashSet<>(aspects.findAllById(form.getAspectIds()));
        if (chosen.size() != form.getAspectIds().size()) {
            violations.add(new Violation("aspectIds", "featured.error.aspect.unknown"));
        }
        Set<String> reviewers = form.reviewerNames();
        Set<String> offered = new java.util.HashSet<>();
        reviewerOptions().forEach(r -> offered.add(r.username()));
        List<String> unknown = reviewers.stream().filter(r -> !offered.contains(r)).toList();
        if (!unknown.isEmpty()) {
            violations.add(new Violation("reviewers", "featured.error.batch.reviewers.unknown", String.join("、", unknown)));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return new FeaturedBatch.Details(form.getYear(), form.getNumber(), regionPath, form.getDocumentId(), chosen,
                form.getApplicationsOpen(), form.getApplicationsClose(), form.criterionDrafts(), form.getQuota(),
                form.getPassMark(), form.getPublicityStart(), form.getPublicityEnd(), reviewers,
                form.getNotes());
    }

    /** The accounts a batch's reviewers are chosen from: the enabled accounts with the REVIEWER role. */
    @Transactional(readOnly = true)
    List<AccountRef> reviewerOptions() {
        return accounts.enabledWith(Role.REVIEWER);
    }

    // ---- applications

    /** An application the user may see, with its batch (criteria, reviewers) and aspect loaded. */
    @Transactional(readOnly = true)
    FeaturedApplication application(long id) {
        FeaturedApplication application = applications.findById(id)
                .orElseThrow(() -> new NotFoundException("featured application", id));
        Hibernate.initialize(application.getBatch());
        Hibernate.initialize(application.getBatch().getCriteria());
        Hibernate.initialize(application.getBatch().getReviewers());
        Hibernate.initialize(application.getBatch().getAspects());
        Hibernate.initialize(application.getAspect());
        return application;
    }

    @Transactional(readOnly = true)
    ApplicationForm applicationForm(long id) {
        return ApplicationForm.of(application(id));
    }

    /** The application's workflow log, oldest first. */
    @Transactional(readOnly = true)
    List<FeaturedTransition> log(long id) {
        application(id);
        return transitions.findByApplicationIdOrderByOccurredAtAscIdAsc(id);
    }

    /** The application's reviews with their scores, by reviewer. */
    @Transactional(readOnly = true)
    List<FeaturedReview> reviewsOf(long id) {
        application(id);
        return reviews.findWithScores(id).stream().distinct().toList();
    }

    long file(long batchId, ApplicationForm form, Actor actor) {
        FeaturedBatch batch = batch(batchId);
        CommunityRef community = placements.place(form.getCommunityId(), batch.getYear());
        FeaturedApplication.Details details = applicationDetails(batch, form, community, 0);
        FeaturedApplication application = applications.save(FeaturedApplication.file(batch, details, actor.username(),
                clock.instant(), LocalDate.now(clock)));
        transitions.save(application.filing(actor));
        return application.getId();
    }

    void updateApplication(long id, ApplicationForm form) {
        FeaturedApplication application = application(id);
        FeaturedBatch batch = application.getBatch();
        placements.change(application, batch.getYear(), form.getVersion());
        CommunityRef community = placements.place(form.getCommunityId(), batch.getYear());
        application.describe(applicationDetails(batch, form, community, id));
    }

    /** Moves an application on (see {@link FeaturedApplication#moveTo}) and keeps the log entry. */
    void transition(long id, TransitionForm form, Actor actor) {
        FeaturedApplication application = application(id);
        placements.change(application, application.getBatch().getYear(), form.getVersion());
        FeaturedApplication.Standing standing = null;
        if (form.getTo() == FeaturedState.IN_PUBLICITY) {
            FeaturedStandings.Score score = standings.of(List.of(id)).get(id);
            standing = new FeaturedApplication.Standing(score == null ? null : score.value(),
                    standings.placed(application.getBatch().getId()));
        }
        transitions.save(application.moveTo(form.getTo(), actor, form.getNote(), clock.instant(), LocalDate.now(clock),
                standing));
    }

    private FeaturedApplication.Details applicationDetails(FeaturedBatch batch, ApplicationForm form,
            CommunityRef community, long exceptId) {
        FeaturedAspect aspect = aspects.findById(form.getAspectId())
                .orElseThrow(() -> RuleViolationException.of("aspectId", "featured.error.aspect.unknown"));
        if (applications.existsDuplicate(batch.getId(), community.id(), aspect.getId(), exceptId)) {
            throw RuleViolationException.of("aspectId", "featured.error.application.duplicate", community.fullName(),
                    aspect.getName(), batch.getNumberLabel());
        }
        return new FeaturedApplication.Details(community.id(), community.path(), aspect, form.getTitle(),
                form.getDescription(), form.getInvestment(), form.getHouseholds(), form.getFigures());
    }

    // ---- reviews

    /** The reviewer's scoring form for an application (403 unless assigned to its batch). */
    @Transactional(readOnly = true)
    ReviewForm reviewForm(long applicationId, String reviewer) {
        FeaturedApplication application = application(applicationId);
        requireAssigned(application.getBatch(), reviewer);
        ReviewForm form = new ReviewForm();
        var existing = reviews.findByApplicationIdAndReviewer(applicationId, reviewer);
        Map<Long, Integer> scores = new LinkedHashMap<>();
        application.getBatch().weights().keySet().forEach(c -> scores.put(c, existing.map(r -> r.getScores().get(c)).orElse(null)));
        form.setScores(scores);
        existing.ifPresent(r -> {
            form.setNote(r.getNote());
            form.setVersion(r.getVersion());
        });
        return form;
    }

    void review(long applicationId, ReviewForm form, String reviewer) {
        FeaturedApplication application = application(applicationId);
        requireAssigned(application.getBatch(), reviewer);
        placements.requireOpen(application.getBatch().getYear(), application.getRegionPath());
        var existing = reviews.findByApplicationIdAndReviewer(applicationId, reviewer);
        if (existing.isPresent()) {
            StaleRecordException.check("featured review", existing.get().getId(), form.getVersion(),
                    existing.get().getVersion());
            existing.get().score(form.getScores(), form.getNote(), clock.instant());
        }
        else {
            reviews.save(FeaturedReview.of(application, reviewer, form.getScores(), form.getNote(), clock.instant()));
        }
    }

    /** A line of a reviewer's list: an application and whether this reviewer has scored it. */
    record ReviewItem(FeaturedApplication application, CommunityRef community, boolean scored) {
    }

    /** A batch the reviewer is assigned to, with its applications sent to review (or beyond). */
    record AssignedBatch(FeaturedBatch batch, List<ReviewItem> items) {
    }

    /** The batches a reviewer is assigned to, newest first, with their applications under review or decided. */
    @Transactional(readOnly = true)
    List<AssignedBatch> assignedTo(String reviewer) {
        Set<Long> scored = reviews.scoredBy(reviewer);
        List<AssignedBatch> assigned = new ArrayList<>();
        for (FeaturedBatch batch : batches.findAllByOrderByNumberDesc()) {
            if (!batch.isReviewer(reviewer)) {
                continue;
            }
            List<FeaturedApplication> found = applications.findAll(new ApplicationSearch(null, batch.getId(),
                    regions.resolve(null), null, null, false, null).specification(List.of()),
                    org.springframework.data.domain.Sort.by("regionPath", "id"));
            Map<Long, CommunityRef> communities = regions.communities(found.stream()
                    .map(FeaturedApplication::getCommunityId).collect(java.util.stream.Collectors.toSet()));
            List<ReviewItem> items = found.stream()
                    .filter(a -> a.getState() != FeaturedState.SUBMITTED && a.getState() != FeaturedState.RECOMMENDED)
                    .map(a -> new ReviewItem(a, communities.get(a.getCommunityId()), scored.contains(a.getId())))
                    .toList();
            assigned.add(new AssignedBatch(batch, items));
        }
        return assigned;
    }

    /** Only the reviewers assigned to the batch may score its applications: anyone else gets 403. */
    static void requireAssigned(FeaturedBatch batch, String reviewer) {
        if (!batch.isReviewer(reviewer)) {
            throw new AccessDeniedException("not a reviewer of the batch");
        }
    }

    // ---- aspects

    @Transactional(readOnly = true)
    FeaturedAspect aspect(long id) {
        return aspects.findById(id).orElseThrow(() -> new NotFoundException("featured aspect", id));
    }

    long createAspect(AspectForm form) {
        requireUniqueAspect(form.getName(), null);
        return aspects.save(new FeaturedAspect(form.getName(), form.getSortOrder(), form.isActive(),
                form.getDescription())).getId();
    }

    void updateAspect(long id, AspectForm form) {
        FeaturedAspect aspect = aspect(id);
        StaleRecordException.check("featured aspect", id, form.getVersion(), aspect.getVersion());
        requireUniqueAspect(form.getName(), id);
        aspect.describe(form.getName(), form.getSortOrder(), form.isActive(), form.getDescription());
    }

    private void requireUniqueAspect(String name, Long id) {
        aspects.findByName(name.trim()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw RuleViolationException.of("name", "featured.error.aspect.duplicate", other.getName());
        });
    }
}
