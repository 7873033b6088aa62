package cn.shequ.platform.landlinkage;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.shequ.platform.record.RecordSearch;
import cn.shequ.platform.region.RegionRef;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Completion acceptances, {@code /land-linkage/acceptances}: the list, and the record's pages. */
@Controller
@RequestMapping("/land-linkage/acceptances")
class LandAcceptanceController extends LandRecordPages<LandAcceptance, AcceptanceForm> {

    private static final Set<String> SORTABLE = Set.of("acceptedOn", "authority", "documentNumber", "landSaved");

    private final LandAcceptances acceptances;
    private final LinkagePlots plots;
    private final LandLinkageService service;

    LandAcceptanceController(LandRecordPages.Support support, LandAcceptances acceptances, LinkagePlots plots,
            LandLinkageService service) {
        super(support, "acceptance", LandAcceptance.class, service::acceptance, AcceptanceForm::of,
                service::createAcceptance, service::updateAcceptance);
        this.acceptances = acceptances;
        this.plots = plots;
        this.service = service;
    }

    /** LandAcceptances dated in the year that cover a plot in the region (as the summary shares their land saved). */
    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "acceptedOn,desc") String sort,
            Model model) {
        RegionRef area = support.regions.resolve(region);
        List<Long> plotsInRegion = plots.findAll(RecordSearch.<LinkagePlot>inRegion(area)).stream()
                .map(LinkagePlot::getId).toList();
        Specification<LandAcceptance> spec = (root, query, cb) -> {
            if (plotsInRegion.isEmpty()) {
                return cb.disjunction();
            }
            query.distinct(true);
            return root.join("plotIds").in(plotsInRegion);
        };
        spec = spec.and(RecordSearch.dated("acceptedOn", year));
        model.addAttribute("acceptances", acceptances.findAll(spec,
                page(page, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "acceptedOn", "id"))));
        listed(model, area, year, sort);
        return "landlinkage/acceptances";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        AcceptanceForm form = new AcceptanceForm();
        form.setAcceptedOn(LocalDate.now(support.clock));
        return newForm(form, model);
    }

    @Override
    void shows(LandAcceptance acceptance, Model model) {
        List<LinkagePlot> covered = service.plotsOf(acceptance);
        model.addAttribute("acceptance", acceptance);
        model.addAttribute("plots", covered);
        model.addAttribute("plannedArea", LandAcceptance.plannedArea(covered));
        model.addAttribute("names", PlaceNames.of(support.regions, covered.stream().map(LinkagePlot::getRegionPath).toList()));
    }

    /** A new acceptance chooses among the plots not accepted yet; an edit shows the plots it covers (fixed). */
    @Override
    void formOptions(Model model, Long id) {
        if (id == null) {
            Set<Long> accepted = new HashSet<>(plots.findAcceptedIds());
            List<LinkagePlot> open = plots.findAllByOrderByPlanYearDescRegionPathAsc().stream()
                    .filter(p -> !accepted.contains(p.getId())).toList();
            PlaceNames names = PlaceNames.of(support.regions, open.stream().map(LinkagePlot::getRegionPath).toList());
            model.addAttribute("plotOptions", open.stream().map(p -> new Option(p.getId(),
                    p.getPlanYear() + " · " + names.of(p.getRegionPath()) + " · " + p.getName() + " · "
                            + p.getPlannedArea().stripTrailingZeros().toPlainString())).toList());
        }
        else {
            model.addAttribute("coveredPlots", service.plotsOf(find(id)).stream().map(LinkagePlot::getName).toList());
        }
    }
}
