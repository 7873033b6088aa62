package cn.shequ.platform.landlinkage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.web.FormSubmission;
import cn.shequ.platform.web.Paging;
import cn.shequ.platform.web.Sorting;
import cn.shequ.platform.web.Years;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
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

/** Linkage plots, {@code /land-linkage/plots}. */
@Controller
@RequestMapping("/land-linkage/plots")
class LandPlotController {

    private static final Set<String> SORTABLE = Set.of("regionPath", "name", "planYear", "plannedArea");

    private final LinkagePlots plots;
    private final LandLibraryEntries library;
    private final LandLinkageService service;
    private final RegionDirectory regions;
    private final History history;
    private final Clock clock;

    LandPlotController(LinkagePlots plots, LandLibraryEntries library, LandLinkageService service, RegionDirectory regions,
            History history, Clock clock) {
        this.plots = plots;
        this.library = library;
        this.service = service;
        this.regions = regions;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "regionPath,asc") String sort, Model model) {
        RegionRef area = regions.resolve(region);
        Specification<LinkagePlot> spec = (root, query, cb) -> cb.like(root.get("regionPath"), area.path() + "%");
        if (year != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("planYear"), year));
        }
        if (q != null && !q.isBlank()) {
            String like = "%" + q.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            spec = spec.and((root, query, cb) -> cb.like(root.get("name"), like, '\\'));
        }
        Page<LinkagePlot> found = plots.findAll(spec, Paging.of(page, 20,
                Sorting.parse(sort, SORTABLE, Sort.by("regionPath", "id"))));
        model.addAttribute("plots", found);
        model.addAttribute("names", PlaceNames.of(regions, found.map(LinkagePlot::getRegionPath).toList()));
        model.addAttribute("year", year);
        model.addAttribute("area", area);
        model.addAttribute("q", q);
        model.addAttribute("sort", sort);
        model.addAttribute("towns", regions.towns());
        model.addAttribute("years", Years.options(clock));
        return "landlinkage/plots";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        LinkagePlot plot = service.plot(id);
        model.addAttribute("plot", plot);
        model.addAttribute("entry", plot.getEntry());
        model.addAttribute("place", PlaceNames.of(regions, List.of(plot.getRegionPath())).of(plot.getRegionPath()));
        model.addAttribute("history", history.of(LinkagePlot.class, id));
        return "landlinkage/plot";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long entry, Model model) {
        PlotForm form = new PlotForm();
        form.setEntryId(entry);
        form.setPlanYear(LocalDate.now(clock).getYear());
        List<RegionRef> counties = service.counties();
        if (counties.size() == 1) {
            form.setCountyId(counties.get(0).id());
        }
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") PlotForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (form.getEntryId() == null) {
            result.rejectValue("entryId", "validation.required");
        }
        if (form.getCountyId() == null) {
            result.rejectValue("countyId", "validation.required");
        }
        formView(model, null);
        return FormSubmission.of(form, result, model).save(() -> {
            long id = service.createPlot(form);
            redirect.addFlashAttribute("message", "landlinkage.plot.saved");
            return "redirect:/land-linkage/plots/" + id;
        }, "landlinkage/plot-form");
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", PlotForm.of(service.plot(id)));
        return formView(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PlotForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        service.plot(id);
        formView(model, id);
        return FormSubmission.of(form, result, model)
                .onConflict(() -> PlotForm.of(service.plot(id)))
                .save(() -> {
                    service.updatePlot(id, form);
                    redirect.addFlashAttribute("message", "landlinkage.plot.saved");
                    return "redirect:/land-linkage/plots/" + id;
                }, "landlinkage/plot-form");
    }

    private String formView(Model model, Long id) {
        model.addAttribute("plotId", id);
        if (id != null) {
            model.addAttribute("plot", service.plot(id));
        }
        List<LandLibraryEntry> open = library.findByStatusOrderByRegionPathAscNameAsc(LandLibraryStatus.IN_LIBRARY);
        PlaceNames names = PlaceNames.of(regions, open.stream().map(LandLibraryEntry::getRegionPath).toList());
        model.addAttribute("entryOptions", open.stream()
                .map(e -> new Option(e.getId(), names.of(e.getRegionPath()) + " · " + e.getName())).toList());
        model.addAttribute("counties", service.counties());
        return "landlinkage/plot-form";
    }

    /** A choice of a select: an id and what it shows. */
    record Option(long id, String name) {
    }
}
