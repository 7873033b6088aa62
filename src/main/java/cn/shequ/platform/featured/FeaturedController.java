package cn.shequ.platform.featured;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.shequ.platform.account.PlatformUser;
import cn.shequ.platform.account.Role;
import cn.shequ.platform.audit.History;
import cn.shequ.platform.document.DocumentRef;
import cn.shequ.platform.document.DocumentRegister;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.shared.WorkStream;
import cn.shequ.platform.web.FormSubmission;
import cn.shequ.platform.web.Paging;
import cn.shequ.platform.web.Sorting;
import cn.shequ.platform.web.Years;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of {@code /featured-communities}: the year's summary with the batches, the application
 * list, a batch with its applications, its ranking and its named list, and the batch and
 * application forms.
 */
@Controller
@RequestMapping("/featured-communities")
class FeaturedController {

    static final Set<String> SORTABLE = Set.of("regionPath", "state", "title", "batch.number", "aspect.sortOrder",
            "filedAt");
    static final Set<String> BATCH_SORTABLE = Set.of("number", "year");

    private final FeaturedService service;
    private final FeaturedBatches batches;
    private final FeaturedApplications applications;
    private final FeaturedAspects aspects;
    private final FeaturedFigures figures;
    private final FeaturedStandings standings;
    private final RegionDirectory regions;
    private final DocumentRegister documents;
    private final History history;
    private final Clock clock;

    FeaturedController(FeaturedService service, FeaturedBatches batches, FeaturedApplications applications,
            FeaturedAspects aspects, FeaturedFigures figures, FeaturedStandings standings, RegionDirectory regions,
            DocumentRegister documents, History history, Clock clock) {
        this.service = service;
        this.batches = batches;
        this.applications = applications;
        this.aspects = aspects;
        this.figures = figures;
        this.standings = standings;
        this.regions = regions;
        this.documents = documents;
        this.history = history;
        this.clock = clock;
    }

    /** The year's summary (figures link to the application list), by town, and the batches. */
    @GetMapping
    String index(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "number,desc") String sort,
            @AuthenticationPrincipal PlatformUser user, Model model) {
        if (user != null && user.getRole() == Role.REVIEWER) {
            return "redirect:/featured-communities/reviews";
        }
        int shownYear = year != null ? year : batches.latestYear().orElse(LocalDate.now(clock).getYear());
        RegionRef area = regions.resolve(region);
        Page<FeaturedBatch> found = batches.findAll((root, query, cb) -> cb.equal(root.get("year"), shownYear),
                Paging.of(page, 20,
                Sorting.parse(sort, BATCH_SORTABLE, Sort.by(Sort.Direction.DESC, "number"))));
        Map<Long, DocumentRef> cited = new LinkedHashMap<>();
        found.forEach(b -> {
            if (b.getDocumentId() != null) {
                documents.find(b.getDocumentId()).ifPresent(d -> cited.put(b.getId(), d));
            }
        });
        model.addAttribute("year", shownYear);
        model.addAttribute("area", area);
        model.addAttribute("summary", figures.summary(shownYear, area));
        model.addAttribute("areas", figures.byArea(shownYear, area));
        model.addAttribute("areaNames", areaNames(area));
        model.addAttribute("batches", found);
        model.addAttribute("batchFigures", figures.byBatch(area));
        model.addAttribute("documents", cited);
        model.addAttribute("towns", regions.towns());
        model.addAttribute("years", Years.options(clock));
        model.addAttribute("sort", sort);
        return "featured/index";
    }

    /** Applications across batches, with the filters the figures' links set. */
    @GetMapping("/applications")
    String applicationList(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long batch,
            @RequestParam(required = false) String region, @RequestParam(required = false) FeaturedState state,
            @RequestParam(required = false) Long aspect, @RequestParam(required = false) Boolean drafts,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "regionPath,asc") String sort, Model model) {
        RegionRef area = regions.resolve(region);
        ApplicationSearch search = new ApplicationSearch(year, batch, area, state, aspect, drafts, q);
        listModel(model, search, page, sort);
        model.addAttribute("years", Years.options(clock));
        model.addAttribute("allBatches", batches.findAllByOrderByNumberDesc());
        model.addAttribute("aspectOptions", aspects.findAllByOrderBySortOrderAscIdAsc());
        return "featured/applications";
    }

    @GetMapping("/{id}")
    String batch(@PathVariable long id, @RequestParam(required = false) String region,
            @RequestParam(required = false) FeaturedState state, @RequestParam(required = false) Long aspect,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "regionPath,asc") String sort, Model model) {
        return batchPage(model, id, new ApplicationSearch(null, id, regions.resolve(region), state, aspect, null, q),
                page, sort);
    }

    /** Names the batch: every application in publicity is named and the batch closes. */
    @PostMapping("/{id}/naming")
    String name(@PathVariable long id, @Valid @ModelAttribute("namingForm") NamingForm form, BindingResult result,
            @AuthenticationPrincipal PlatformUser user, Model model, RedirectAttributes redirect) {
        batchPage(model, id, new ApplicationSearch(null, id, regions.resolve(null), null, null, null, null), 0,
                "regionPath,asc");
        return FormSubmission.of(form, result, model).save(() -> {
            service.nameAndClose(id, Actor.of(user), form);
            redirect.addFlashAttribute("message", "featured.batch.named");
            return "redirect:/featured-communities/" + id + "/named";
        }, "featured/batch");
    }

    @GetMapping("/{id}/ranking")
    String ranking(@PathVariable long id, Model model) {
        FeaturedBatch batch = service.batch(id);
        List<ApplicationRow> rows = batchRows(id, null, false, Sort.unsorted());
        model.addAttribute("batch", batch);
        model.addAttribute("ranking", RankRow.rank(rows, standings.ofBatch(id), batch));
        model.addAttribute("unscored", rows.stream().filter(r -> r.score() == null
                && r.application().getState() == FeaturedState.UNDER_REVIEW).toList());
        return "featured/ranking";
    }

    @GetMapping("/{id}/named")
    String named(@PathVariable long id, Model model) {
        FeaturedBatch batch = service.batch(id);
        model.addAttribute("batch", batch);
        model.addAttribute("document", document(batch));
        model.addAttribute("rows", namedRows(id));
        return "featured/named";
    }

    /** The rows of the batch's named list the user may see, by town and community. */
    List<ApplicationRow> namedRows(long id) {
        return batchRows(id, FeaturedState.NAMED, null, Sort.by("regionPath", "id"));
    }

    /** The rows of the batch's applications the user may see, in a state (or any) and with drafts or not (null: any). */
    private List<ApplicationRow> batchRows(long id, FeaturedState state, Boolean drafts, Sort sort) {
        List<FeaturedApplication> found = applications.findAll(
                new ApplicationSearch(null, id, regions.resolve(null), state, null, drafts, null).specification(List.of()), sort);
        Map<Long, CommunityRef> communities = regions.communities(found.stream().map(FeaturedApplication::getCommunityId)
                .collect(Collectors.toSet()));
        return ApplicationRow.of(found, communities, standings.of(found.stream().map(FeaturedApplication::getId).toList()));
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Integer year, Model model) {
        BatchForm form = new BatchForm();
        form.setYear(year != null ? year : LocalDate.now(clock).getYear());
        form.setNumber(batches.highestNumber().orElse(0) + 1);
        aspects.findAllByOrderBySortOrderAscIdAsc().stream().filter(FeaturedAspect::isActive)
                .forEach(a -> form.getAspectIds().add(a.getId()));
        model.addAttribute("form", form.withEmptyRows());
        return batchFormView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") BatchForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        batchFormView(model, null);
        form.withEmptyRows();
        return FormSubmission.of(form, result, model).save(() -> {
            long id = service.createBatch(form);
            redirect.addFlashAttribute("message", "featured.batch.saved");
            return "redirect:/featured-communities/" + id;
        }, "featured/batch-form");
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", service.batchForm(id));
        return batchFormView(model, id);
    }

    @PostMapping("/{id}/edit")
    @SuppressWarnings("unchecked")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") BatchForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        service.batch(id);
        batchFormView(model, id);
        form.withEmptyRows();
        return FormSubmission.of(form, result, model)
                .onConflict(() -> service.batchForm(id))
                .showing("criteria", rows -> BatchForm.criteriaText((List<BatchForm.CriterionRow>) rows))
                .showing("reviewers", names -> BatchForm.namesText((Set<String>) names))
                .showing("aspectIds", ids -> aspectNames((Set<Long>) ids))
                .save(() -> {
                    service.updateBatch(id, form);
                    redirect.addFlashAttribute("message", "featured.batch.saved");
                    return "redirect:/featured-communities/" + id;
                }, "featured/batch-form");
    }

    // ---- helpers

    String batchPage(Model model, long id, ApplicationSearch search, int page, String sort) {
        FeaturedBatch batch = service.batch(id);
        model.addAttribute("batch", batch);
        model.addAttribute("document", document(batch));
        model.addAttribute("figures", figures.ofBatch(id, search.region()));
        model.addAttribute("history", history.of(FeaturedBatch.class, id));
        if (!model.containsAttribute("namingForm")) {
            NamingForm naming = new NamingForm();
            naming.setVersion(batch.getVersion());
            model.addAttribute("namingForm", naming);
        }
        listModel(model, search, page, sort);
        return "featured/batch";
    }

    private void listModel(Model model, ApplicationSearch search, int page, String sort) {
        List<CommunityRef> communities = regions.communitiesUnder(search.region());
        Page<FeaturedApplication> found = applications.findAll(search.specification(communities),
                Paging.of(page, 20, Sorting.parse(sort, SORTABLE, Sort.by("regionPath", "id"))));
        Map<Long, CommunityRef> byId = communities.stream().collect(Collectors.toMap(CommunityRef::id, Function.identity()));
        Map<Long, FeaturedStandings.Score> scores = standings.of(found.map(FeaturedApplication::getId).getContent());
        model.addAttribute("search", search);
        model.addAttribute("area", search.region());
        model.addAttribute("applications", found);
        model.addAttribute("rows", ApplicationRow.of(found.getContent(), byId, scores));
        model.addAttribute("towns", regions.towns());
        model.addAttribute("states", FeaturedState.values());
        model.addAttribute("sort", sort);
    }

    private Optional<DocumentRef> document(FeaturedBatch batch) {
        return batch.getDocumentId() == null ? Optional.empty() : documents.find(batch.getDocumentId());
    }

    private Map<String, String> areaNames(RegionRef area) {
        Map<String, String> names = new LinkedHashMap<>();
        if (area.level().childLevel() != null) {
            regions.children(area.id()).forEach(child -> names.put(child.path(), child.name()));
        }
        return names;
    }

    private String aspectNames(Set<Long> ids) {
        return aspects.findAllByOrderBySortOrderAscIdAsc().stream().filter(a -> ids.contains(a.getId()))
                .map(FeaturedAspect::getName).collect(Collectors.joining("、"));
    }

    private String batchFormView(Model model, Long id) {
        model.addAttribute("batchId", id);
        model.addAttribute("aspectOptions", aspects.findAllByOrderBySortOrderAscIdAsc());
        model.addAttribute("documentOptions", documents.ofStream(WorkStream.FEATURED_COMMUNITY));
        model.addAttribute("reviewerOptions", service.reviewerOptions());
        return "featured/batch-form";
    }

}
