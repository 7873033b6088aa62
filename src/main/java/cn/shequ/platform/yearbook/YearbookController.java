package cn.shequ.platform.yearbook;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;

import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.StaleRecordException;
import cn.shequ.platform.web.Downloads;
import cn.shequ.platform.web.Years;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /yearbook/{year}}: preview and downloads of the year's tables and entry, the templates, publication. */
@Controller
@RequestMapping("/yearbook")
class YearbookController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final YearbookService yearbook;
    private final RegionDirectory regions;
    private final Clock clock;

    YearbookController(YearbookService yearbook, RegionDirectory regions, Clock clock) {
        this.yearbook = yearbook;
        this.regions = regions;
        this.clock = clock;
    }

    /** The year asked for (by the year picker), or last year. */
    @GetMapping
    String year(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region) {
        RegionRef area = regions.resolve(region);
        return "redirect:/yearbook/" + (year != null ? year : LocalDate.now(clock).getYear() - 1) + "?region=" + area.code();
    }

    @GetMapping("/{year}")
    String page(@PathVariable int year, @RequestParam(required = false) String region, Model model) {
        RegionRef area = regions.resolve(region);
        var published = yearbook.published(year, area);
        model.addAttribute("year", year);
        model.addAttribute("area", area);
        model.addAttribute("entry", yearbook.entry(year, area));
        model.addAttribute("tables", yearbook.tables(year, area));
        model.addAttribute("published", published.orElse(null));
        model.addAttribute("differences", published.map(e -> yearbook.differences(e, area)).orElse(java.util.List.of()));
        model.addAttribute("editions", yearbook.editions(year, area));
        model.addAttribute("years", Years.options(clock));
        model.addAttribute("towns", regions.towns());
        return "yearbook/page";
    }

    @GetMapping("/{year}/tables.xlsx")
    ResponseEntity<byte[]> tables(@PathVariable int year, @RequestParam(required = false) String region) {
        RegionRef area = regions.resolve(region);
        return download(yearbook.tablesFile(year, area), year + "年" + area.name() + "社区建设统计表.xlsx", XLSX);
    }

    @GetMapping("/{year}/entry.docx")
    ResponseEntity<byte[]> entry(@PathVariable int year, @RequestParam(required = false) String region) {
        RegionRef area = regions.resolve(region);
        return download(yearbook.entryFile(year, area), year + "年" + area.name() + "社区建设年鉴条目.docx", DOCX);
    }

    @GetMapping("/{year}/editions/{edition}/tables.xlsx")
    ResponseEntity<byte[]> editionTables(@PathVariable int year, @PathVariable int edition,
            @RequestParam(required = false) String region) {
        RegionRef area = regions.resolve(region);
        return download(yearbook.edition(year, area, edition).getTablesFile(),
                year + "年" + area.name() + "社区建设统计表（第" + edition + "版）.xlsx", XLSX);
    }

    @GetMapping("/{year}/editions/{edition}/entry.docx")
    ResponseEntity<byte[]> editionEntry(@PathVariable int year, @PathVariable int edition,
            @RequestParam(required = false) String region) {
        RegionRef area = regions.resolve(region);
        return download(yearbook.edition(year, area, edition).getEntryFile(),
                year + "年" + area.name() + "社区建设年鉴条目（第" + edition + "版）.docx", DOCX);
    }

    @PostMapping("/{year}/publish")
    String publish(@PathVariable int year, @RequestParam(required = false) String region, Principal principal,
            RedirectAttributes redirect) {
        RegionRef area = regions.resolve(region);
        try {
            yearbook.publish(year, area, principal.getName());
            redirect.addFlashAttribute("message", "yearbook.published");
        }
        catch (RuleViolationException ex) {
            redirect.addFlashAttribute("error", ex.violations().get(0));
        }
        catch (DataIntegrityViolationException ex) {
            // Another user published the same year a moment earlier: their edition number is taken.
            redirect.addFlashAttribute("error", RuleViolationException.global("yearbook.error.alreadyPublished", year,
                    area.name()).violations().get(0));
        }
        return "redirect:/yearbook/" + year + "?region=" + area.code();
    }

    @PostMapping("/{year}/reopen")
    String reopen(@PathVariable int year, @RequestParam(required = false) String region,
            @RequestParam(required = false) String reason, Principal principal, RedirectAttributes redirect) {
        RegionRef area = regions.resolve(region);
        try {
            yearbook.reopen(year, area, reason, principal.getName());
            redirect.addFlashAttribute("message", "yearbook.reopened");
        }
        catch (RuleViolationException ex) {
            redirect.addFlashAttribute("error", ex.violations().get(0));
        }
        return "redirect:/yearbook/" + year + "?region=" + area.code();
    }

    @GetMapping("/{year}/template/edit")
    String templateForm(@PathVariable int year, Model model) {
        var edited = yearbook.editedTemplate(year);
        return templateView(year, yearbook.template(year).text(), edited.map(YearbookTemplate::getVersion).orElse(null),
                edited.isPresent(), model);
    }

    @PostMapping("/{year}/template/edit")
    String saveTemplate(@PathVariable int year, @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) Long version, @RequestParam(defaultValue = "preview") String action,
            Principal principal, Model model, RedirectAttributes redirect) {
        boolean edited = yearbook.editedTemplate(year).isPresent();
        if ("reset".equals(action)) {
            yearbook.resetTemplate(year);
            redirect.addFlashAttribute("message", "yearbook.template.reset");
            return "redirect:/yearbook/" + year + "/template/edit";
        }
        if ("save".equals(action)) {
            try {
                yearbook.saveTemplate(year, text, version, principal.getName());
                redirect.addFlashAttribute("message", "yearbook.template.saved");
                return "redirect:/yearbook/" + year + "/template/edit";
            }
            catch (RuleViolationException ex) {
                model.addAttribute("error", ex.violations().get(0));
            }
            catch (StaleRecordException | org.springframework.orm.ObjectOptimisticLockingFailureException ex) {
                model.addAttribute("error", new RuleViolationException.Violation(null, "form.error.stale"));
                model.addAttribute("submitted", text);
                var current = yearbook.editedTemplate(year);
                return templateView(year, yearbook.template(year).text(), current.map(YearbookTemplate::getVersion).orElse(null),
                        current.isPresent(), model);
            }
        }
        return templateView(year, text, version, edited, model);
    }

    private String templateView(int year, String text, Long version, boolean edited, Model model) {
        RegionRef area = regions.scopeRoot();
        EntryTemplate template = new EntryTemplate(text);
        var facts = yearbook.facts(year, area);
        model.addAttribute("year", year);
        model.addAttribute("area", area);
        model.addAttribute("text", text);
        model.addAttribute("version", version);
        model.addAttribute("edited", edited);
        model.addAttribute("preview", yearbook.render(template, facts));
        model.addAttribute("facts", facts);
        return "yearbook/template";
    }

    private static ResponseEntity<byte[]> download(byte[] file, String name, MediaType type) {
        return Downloads.attachment(file, name, type);
    }
}
