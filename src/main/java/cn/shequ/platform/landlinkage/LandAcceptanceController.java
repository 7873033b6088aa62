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

/** Completion acceptances, {@code /land-linkage/acceptances}. */
@Controller
@RequestMapping("/land-linkage/acceptances")
class LandAcceptanceController {

    private static final Set<String> SORTABLE = Set.of("acceptedOn", "authority", "documentNumber", "landSaved");

    private final LandAcceptances acceptances;
    private final LinkagePlots plots;
    private final LandLinkageService service;
    private final RegionDirectory regions;
    private final History history;
    private final Clock clock;

    LandAcceptanceController(LandAcceptances acceptances, LinkagePlots plots, LandLinkageService service,
            RegionDirectory regions, History history, Clock clock) {
        this.acceptances = acceptances;
        this.plots = plots;
        this.service = service;
        this.regions = regions;
        this.history = history;
        this.clock = clock;
    }

    /** LandAcceptances dated in the year that cover a plot in the region (as the summary shares their land saved). */
    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "acceptedOn,desc") String sort,
            Model model) {
        RegionRef area = regions.resolve(region);
        List<Long> plotsInRegion = plots.findAll((root, query, cb) -> cb.like(root.get("regionPath"), area.path() + "%"))
                .stream().map(LinkagePlot::getId).toList();
        Specification<LandAcceptance> spec = (root, query, cb) -> {
            if (plotsInRegion.isEmpty()) {
                return cb.disjunction();
            }
            query.distinct(true);
            return root.join("plotIds").in(plotsInRegion);
        };
        if (year != null) {
            spec = spec.and((root, query, cb) -> cb.between(root.get("acceptedOn"), LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31)));
        }
        model.addAttribute("acceptances", acceptances.findAll(spec, Paging.of(page, 20,
                Sorting.parse(sort, SORTABLE, Sort.by(Sort.Direction.DESC, "acceptedOn", "id")))));
        model.addAttribute("year", year);
        model.addAttribute("area", area);
        model.addAttribute("sort", sort);
        model.addAttribute("towns", regions.towns());
        model.addAttribute("years", Years.options(clock));
        return "landlinkage/acceptances";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        LandAcceptance acceptance = service.acceptance(id);
        List<LinkagePlot> covered = service.plotsOf(acceptance);
        model.addAttribute("acceptance", acceptance);
        model.addAttribute("plots", covered);
        model.addAttribute("plannedArea", LandAcceptance.plannedArea(covered));
        model.addAttribute("names", PlaceNames.of(regions, covered.stream().map(LinkagePlot::getRegionPath).toList()));
        model.addAttribute("history", history.of(LandAcceptance.class, id));
        return "landlinkage/acceptance";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        AcceptanceForm form = new AcceptanceForm();
        form.setAcceptedOn(LocalDate.now(clock));
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") AcceptanceForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        formView(model, null);
        return FormSubmission.of(form, result, model).save(() -> {
            long id = service.createAcceptance(form);
            redirect.addFlashAttribute("message", "landlinkage.acceptance.saved");
            return "redirect:/land-linkage/acceptances/" + id;
        }, "landlinkage/acceptance-form");
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", AcceptanceForm.of(service.acceptance(id)));
        return formView(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AcceptanceForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        service.acceptance(id);
        formView(model, id);
        return FormSubmission.of(form, result, model)
                .onConflict(() -> AcceptanceForm.of(service.acceptance(id)))
                .save(() -> {
                    service.updateAcceptance(id, form);
                    redirect.addFlashAttribute("message", "landlinkage.acceptance.saved");
                    return "redirect:/land-linkage/acceptances/" + id;
                }, "landlinkage/acceptance-form");
    }

    private String formView(Model model, Long id) {
        model.addAttribute("acceptanceId", id);
        if (id == null) {
            java.util.Set<Long> accepted = new java.util.HashSet<>(plots.findAcceptedIds());
            List<LinkagePlot> open = plots.findAllByOrderByPlanYearDescRegionPathAsc().stream()
                    .filter(p -> !accepted.contains(p.getId())).toList();
            PlaceNames names = PlaceNames.of(regions, open.stream().map(LinkagePlot::getRegionPath).toList());
            model.addAttribute("plotOptions", open.stream().map(p -> new LandPlotController.Option(p.getId(),
                    p.getPlanYear() + " · " + names.of(p.getRegionPath()) + " · " + p.getName() + " · "
                            + p.getPlannedArea().stripTrailingZeros().toPlainString())).toList());
        }
        else {
            LandAcceptance acceptance = service.acceptance(id);
            model.addAttribute("coveredPlots", service.plotsOf(acceptance).stream().map(LinkagePlot::getName).toList());
        }
        return "landlinkage/acceptance-form";
    }
}
