package cn.shequ.platform.landlinkage;

import java.time.Clock;
import java.time.LocalDate;
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

/** LandFunds, {@code /land-linkage/funds}. */
@Controller
@RequestMapping("/land-linkage/funds")
class LandFundController {

    private static final Set<String> SORTABLE = Set.of("receivedOn", "source", "amount", "regionPath");

    private final LandFunds funds;
    private final LandZones zones;
    private final LinkagePlots plots;
    private final LandLinkageService service;
    private final RegionDirectory regions;
    private final History history;
    private final Clock clock;

    LandFundController(LandFunds funds, LandZones zones, LinkagePlots plots, LandLinkageService service,
            RegionDirectory regions, History history, Clock clock) {
        this.funds = funds;
        this.zones = zones;
        this.plots = plots;
        this.service = service;
        this.regions = regions;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(required = false) LandFundSource source, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "receivedOn,desc") String sort, Model model) {
        RegionRef area = regions.resolve(region);
        Specification<LandFund> spec = (root, query, cb) -> cb.like(root.get("regionPath"), area.path() + "%");
        if (year != null) {
            spec = spec.and((root, query, cb) -> cb.between(root.get("receivedOn"), LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31)));
        }
        if (source != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("source"), source));
        }
        Page<LandFund> found = funds.findAll(spec, Paging.of(page, 20,
                Sorting.parse(sort, SORTABLE, Sort.by(Sort.Direction.DESC, "receivedOn", "id"))));
        model.addAttribute("funds", found);
        model.addAttribute("total", funds.findAll(spec).stream().map(LandFund::getAmount)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
        model.addAttribute("names", PlaceNames.of(regions, found.map(LandFund::getRegionPath).toList()));
        model.addAttribute("year", year);
        model.addAttribute("area", area);
        model.addAttribute("source", source);
        model.addAttribute("sort", sort);
        model.addAttribute("sources", LandFundSource.values());
        model.addAttribute("towns", regions.towns());
        model.addAttribute("years", Years.options(clock));
        return "landlinkage/funds";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        LandFund fund = service.fund(id);
        model.addAttribute("fund", fund);
        model.addAttribute("target", fund.targetName());
        model.addAttribute("targetPath", fund.getZone() != null ? "/land-linkage/zones/" + fund.getZone().getId()
                : "/land-linkage/plots/" + fund.getPlot().getId());
        model.addAttribute("history", history.of(LandFund.class, id));
        return "landlinkage/fund";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        FundForm form = new FundForm();
        form.setReceivedOn(LocalDate.now(clock));
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") FundForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        formView(model, null);
        return FormSubmission.of(form, result, model).save(() -> {
            long id = service.createFund(form);
            redirect.addFlashAttribute("message", "landlinkage.fund.saved");
            return "redirect:/land-linkage/funds/" + id;
        }, "landlinkage/fund-form");
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", FundForm.of(service.fund(id)));
        return formView(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") FundForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        service.fund(id);
        formView(model, id);
        return FormSubmission.of(form, result, model)
                .onConflict(() -> FundForm.of(service.fund(id)))
                .save(() -> {
                    service.updateFund(id, form);
                    redirect.addFlashAttribute("message", "landlinkage.fund.saved");
                    return "redirect:/land-linkage/funds/" + id;
                }, "landlinkage/fund-form");
    }

    private String formView(Model model, Long id) {
        model.addAttribute("fundId", id);
        model.addAttribute("sources", LandFundSource.values());
        var zoneList = zones.findAllByOrderByRegionPathAscNameAsc();
        model.addAttribute("zoneOptions", zoneList.stream().map(z -> new LandPlotController.Option(z.getId(), z.getName())).toList());
        var plotList = plots.findAllByOrderByPlanYearDescRegionPathAsc();
        model.addAttribute("plotOptions", plotList.stream()
                .map(p -> new LandPlotController.Option(p.getId(), p.getPlanYear() + " · " + p.getName())).toList());
        return "landlinkage/fund-form";
    }
}
