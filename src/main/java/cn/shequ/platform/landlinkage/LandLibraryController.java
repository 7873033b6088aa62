package cn.shequ.platform.landlinkage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.StaleRecordException;
import cn.shequ.platform.web.Downloads;
import cn.shequ.platform.web.FormSubmission;
import cn.shequ.platform.web.Paging;
import cn.shequ.platform.web.Sorting;
import cn.shequ.platform.web.Years;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The project library, {@code /land-linkage/library}: list, export, template, import, a site and its forms. */
@Controller
@RequestMapping("/land-linkage/library")
class LandLibraryController {

    static final String IMPORT_VIEW = "landlinkage/library-import";
    private static final Set<String> SORTABLE = Set.of("regionPath", "name", "kind", "enteredYear", "area",
            "reclaimableArea", "status", "id");

    private final LandLibraryEntries library;
    private final LandLinkageService service;
    private final LandLibrarySpreadsheet spreadsheet;
    private final RegionDirectory regions;
    private final History history;
    private final MessageSource messages;
    private final Clock clock;

    LandLibraryController(LandLibraryEntries library, LandLinkageService service, LandLibrarySpreadsheet spreadsheet,
            RegionDirectory regions, History history, MessageSource messages, Clock clock) {
        this.library = library;
        this.service = service;
        this.spreadsheet = spreadsheet;
        this.regions = regions;
        this.history = history;
        this.messages = messages;
        this.clock = clock;
    }

    /** The list's filters: {@code year} is the year entered, {@code upTo} entered in or before (the summary's count). */
    record Search(RegionRef region, LandSiteKind kind, LandLibraryStatus status, Integer year, Integer upTo, String q) {

        Specification<LandLibraryEntry> specification() {
            Specification<LandLibraryEntry> spec = (root, query, cb) -> cb.like(root.get("regionPath"), region.path() + "%");
            if (kind != null) {
                spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), kind));
            }
            if (status != null) {
                spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
            }
            if (year != null) {
                spec = spec.and((root, query, cb) -> cb.equal(root.get("enteredYear"), year));
            }
            if (upTo != null) {
                spec = spec.and((root, query, cb) -> cb.le(root.get("enteredYear"), upTo));
            }
            if (q != null && !q.isBlank()) {
                String like = "%" + q.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                spec = spec.and((root, query, cb) -> cb.like(root.get("name"), like, '\\'));
            }
            return spec;
        }
    }

    @GetMapping
    String list(@RequestParam(required = false) String region, @RequestParam(required = false) LandSiteKind kind,
            @RequestParam(required = false) LandLibraryStatus status, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer upTo, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "regionPath,asc") String sort,
            Model model) {
        Search search = new Search(regions.resolve(region), kind, status, year, upTo, q);
        Page<LandLibraryEntry> found = library.findAll(search.specification(), Paging.of(page, 20,
                Sorting.parse(sort, SORTABLE, Sort.by("regionPath", "name"))));
        model.addAttribute("search", search);
        model.addAttribute("entries", found);
        model.addAttribute("names", PlaceNames.of(regions, found.map(LandLibraryEntry::getRegionPath).toList()));
        model.addAttribute("towns", regions.towns());
        model.addAttribute("years", Years.options(clock));
        model.addAttribute("kinds", LandSiteKind.values());
        model.addAttribute("statuses", LandLibraryStatus.values());
        model.addAttribute("sort", sort);
        return "landlinkage/library";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String region,
            @RequestParam(required = false) LandSiteKind kind, @RequestParam(required = false) LandLibraryStatus status,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer upTo,
            @RequestParam(required = false) String q) {
        Search search = new Search(regions.resolve(region), kind, status, year, upTo, q);
        List<LandLibraryEntry> entries = library.findAll(search.specification(), Sort.by("regionPath", "name"));
        return xlsx(spreadsheet.export(entries), "landlinkage.sheet.exportFile");
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template() {
        return xlsx(spreadsheet.template(LocalDate.now(clock).getYear()), "landlinkage.sheet.templateFile");
    }

    @GetMapping("/import/new")
    String importForm(Model model) {
        return importView(model, List.of(), null);
    }

    @PostMapping("/import")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        LandLibrarySpreadsheet.Result result = spreadsheet.read(file);
        if (!result.ok()) {
            List<LandLibrarySpreadsheet.Problem> problems = result.problems();
            if (problems.size() == 1 && problems.get(0).row() == 0) {
                return importView(model, List.of(), spreadsheet.describe(problems.get(0)));
            }
            return importView(model, problems, null);
        }
        try {
            int saved = service.importEntries(result.rows());
            redirect.addFlashAttribute("message", "landlinkage.import.saved");
            redirect.addFlashAttribute("imported", saved);
            return "redirect:/land-linkage/library?sort=id,desc";
        }
        catch (RuleViolationException ex) {
            RuleViolationException.Violation first = ex.violations().get(0);
            return importView(model, List.of(), messages.getMessage(first.messageKey(), first.args(), first.messageKey(),
                    LocaleContextHolder.getLocale()));
        }
    }

    private String importView(Model model, List<LandLibrarySpreadsheet.Problem> problems, String refusal) {
        model.addAttribute("problems", problems.stream().map(p -> new ShownProblem(p.row(), spreadsheet.describe(p))).toList());
        model.addAttribute("refusalText", refusal);
        model.addAttribute("maxMegabytes", LandLibrarySpreadsheet.MAX_BYTES / 1024 / 1024);
        model.addAttribute("maxRows", LandLibrarySpreadsheet.MAX_ROWS);
        return IMPORT_VIEW;
    }

    /** A row's problem as the import page lists it. */
    record ShownProblem(int row, String text) {
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        LandLibraryEntry entry = service.entry(id);
        model.addAttribute("entry", entry);
        model.addAttribute("place", PlaceNames.of(regions, List.of(entry.getRegionPath())).of(entry.getRegionPath()));
        model.addAttribute("history", history.of(LandLibraryEntry.class, id));
        return "landlinkage/library-entry";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        LibraryEntryForm form = new LibraryEntryForm();
        form.setEnteredYear(LocalDate.now(clock).getYear());
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") LibraryEntryForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        formView(model, null);
        return FormSubmission.of(form, result, model).save(() -> {
            long id = service.createEntry(form);
            redirect.addFlashAttribute("message", "landlinkage.library.saved");
            return "redirect:/land-linkage/library/" + id;
        }, "landlinkage/library-form");
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", LibraryEntryForm.of(service.entry(id)));
        return formView(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") LibraryEntryForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        service.entry(id);
        formView(model, id);
        return FormSubmission.of(form, result, model)
                .onConflict(() -> LibraryEntryForm.of(service.entry(id)))
                .save(() -> {
                    service.updateEntry(id, form);
                    redirect.addFlashAttribute("message", "landlinkage.library.saved");
                    return "redirect:/land-linkage/library/" + id;
                }, "landlinkage/library-form");
    }

    /** Moves the site's status forward; a refusal comes back as a message on the site's page. */
    @PostMapping("/{id}/status")
    String advance(@PathVariable long id, @RequestParam(required = false) LandLibraryStatus status,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            service.advanceEntry(id, status, version);
            redirect.addFlashAttribute("message", "landlinkage.library.statusSaved");
        }
        catch (RuleViolationException ex) {
            RuleViolationException.Violation first = ex.violations().get(0);
            redirect.addFlashAttribute("problem", messages.getMessage(first.messageKey(), first.args(),
                    first.messageKey(), LocaleContextHolder.getLocale()));
        }
        catch (StaleRecordException ex) {
            redirect.addFlashAttribute("problem", messages.getMessage("form.error.stale", null,
                    LocaleContextHolder.getLocale()));
        }
        return "redirect:/land-linkage/library/" + id;
    }

    private String formView(Model model, Long id) {
        model.addAttribute("entryId", id);
        model.addAttribute("kinds", LandSiteKind.values());
        model.addAttribute("towns", regions.towns());
        model.addAttribute("communityOptions", regions.communitiesUnder(null));
        model.addAttribute("villageOptions", VillageOptions.of(regions));
        return "landlinkage/library-form";
    }

    private ResponseEntity<byte[]> xlsx(byte[] body, String filenameKey) {
        String filename = messages.getMessage(filenameKey, null, LocaleContextHolder.getLocale()) + ".xlsx";
        return Downloads.attachment(body, filename, MediaType.parseMediaType(LandLibrarySpreadsheet.CONTENT_TYPE));
    }
}
