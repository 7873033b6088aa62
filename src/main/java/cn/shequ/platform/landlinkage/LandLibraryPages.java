package cn.shequ.platform.landlinkage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.shequ.platform.record.RecordPages;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.StaleRecordException;
import cn.shequ.platform.web.Downloads;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The project library (项目库) of {@code /land-linkage/library}: the list ({@code year} is the year
 * entered, {@code upTo} entered in or before, the summary's count) and its export, the spreadsheet
 * template and import, a site's page with the move of its status, and its forms.
 */
@Controller
@RequestMapping("/land-linkage/library")
class LandLibraryPages extends RecordPages<LandLibraryEntry, LibraryEntryForm> {

    static final String IMPORT_VIEW = "landlinkage/library-import";

    private final LandLibraryEntries library;
    private final LandLinkageService service;
    private final LandLibrarySpreadsheet spreadsheet;
    private final RecordPages.Support support;
    private final Clock clock;

    LandLibraryPages(RecordPages.Support support, LandLibraryEntries library, LandLinkageService service,
            LandLibrarySpreadsheet spreadsheet, RegionDirectory regions, LandChoices choices, Clock clock) {
        super(support, LandLinkageConfig.kind("library", "library", LandLibraryEntry.class, LibraryEntryForm::new,
                        LibraryEntryForm::of, LandLibraryEntry::getEnteredYear)
                .savedBy(library, service::entry, service::createEntry, service::updateEntry)
                .yearIn("enteredYear").atMost("upTo", "enteredYear")
                .filter("kind", LandSiteKind.class, "kinds").filter("status", LandLibraryStatus.class, "statuses")
                .search("name", "landlinkage.field.name")
                .sortable("regionPath,asc", "regionPath", "name", "kind", "enteredYear", "area", "reclaimableArea",
                        "status", "id")
                .tieBreak("regionPath", "name")
                .newInYear(LibraryEntryForm::setEnteredYear)
                .field("name", "text").enumField("kind", LandSiteKind.class)
                .choiceField("townId", "ref", regions::towns).field("communityId", "community")
                .choiceField("villageId", "grouped-ref", choices::villages).field("enteredYear", "number")
                .field("area", "number").field("reclaimableArea", "number").field("notes", "textarea")
                .views("landlinkage/library", null, "landlinkage/library-entry")
                .showModel("entry", entry -> entry)
                .shows(LandLibraryEntry::getName, (entry, view) -> view
                        .enumLabel("kind", entry.getKind())
                        .text("place", choices.place(entry.getRegionPath()))
                        .text("enteredYear", entry.getEnteredYear())
                        .money("area", entry.getArea())
                        .money("reclaimableArea", entry.getReclaimableArea())
                        .enumLabel("status", entry.getStatus())
                        .text("notes", entry.getNotes())));
        this.library = library;
        this.service = service;
        this.spreadsheet = spreadsheet;
        this.support = support;
        this.clock = clock;
    }

    /** The sites the list finds under the same filters, as a spreadsheet. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(required = false) String q, WebRequest request) {
        List<LandLibraryEntry> entries = library.findAll(listed(year, region, q, request, new ExtendedModelMap()),
                Sort.by("regionPath", "name"));
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
            return importView(model, List.of(), text(ex));
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

    /** Moves the site's status forward; a refusal comes back as a message on the site's page. */
    @PostMapping("/{id}/status")
    String advance(@PathVariable long id, @RequestParam(required = false) LandLibraryStatus status,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            service.advanceEntry(id, status, version);
            redirect.addFlashAttribute("message", "landlinkage.library.statusSaved");
        }
        catch (RuleViolationException ex) {
            redirect.addFlashAttribute("problem", text(ex));
        }
        catch (StaleRecordException ex) {
            redirect.addFlashAttribute("problem", support.message("form.error.stale"));
        }
        return "redirect:/land-linkage/library/" + id;
    }

    /** The first rule a refusal names, as a message. */
    private String text(RuleViolationException ex) {
        RuleViolationException.Violation first = ex.violations().get(0);
        return support.message(first.messageKey(), first.args());
    }

    private ResponseEntity<byte[]> xlsx(byte[] body, String filenameKey) {
        String filename = support.message(filenameKey) + ".xlsx";
        return Downloads.attachment(body, filename, MediaType.parseMediaType(LandLibrarySpreadsheet.CONTENT_TYPE));
    }
}
