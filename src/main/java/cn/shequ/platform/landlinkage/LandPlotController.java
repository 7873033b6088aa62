package cn.shequ.platform.landlinkage;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.shequ.platform.record.RecordSearch;
import cn.shequ.platform.region.RegionRef;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Linkage plots, {@code /land-linkage/plots}: the list, and the record's pages. */
@Controller
@RequestMapping("/land-linkage/plots")
class LandPlotController extends LandRecordPages<LinkagePlot, PlotForm> {

    private static final Set<String> SORTABLE = Set.of("regionPath", "name", "planYear", "plannedArea");

    private final LinkagePlots plots;
    private final LandLibraryEntries library;
    private final LandLinkageService service;

    LandPlotController(LandRecordPages.Support support, LinkagePlots plots, LandLibraryEntries library,
            LandLinkageService service) {
        super(support, "plot", LinkagePlot.class, service::plot, PlotForm::of,
                service::createPlot, service::updatePlot);
        this.plots = plots;
        this.library = library;
        this.service = service;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "regionPath,asc") String sort, Model model) {
        RegionRef area = support.regions.resolve(region);
        Specification<LinkagePlot> spec = RecordSearch.<LinkagePlot>inRegion(area)
                .and(RecordSearch.equal("planYear", year)).and(RecordSearch.matching(q, List.of(), "name"));
        Page<LinkagePlot> found = plots.findAll(spec, page(page, sort, SORTABLE, Sort.by("regionPath", "id")));
        model.addAttribute("plots", found);
        model.addAttribute("names", PlaceNames.of(support.regions, found.map(LinkagePlot::getRegionPath).toList()));
        listed(model, area, year, sort);
        model.addAttribute("q", q);
        return "landlinkage/plots";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long entry, Model model) {
        PlotForm form = new PlotForm();
        form.setEntryId(entry);
        form.setPlanYear(LocalDate.now(support.clock).getYear());
        List<RegionRef> counties = service.counties();
        if (counties.size() == 1) {
            form.setCountyId(counties.get(0).id());
        }
        return newForm(form, model);
    }

    /** The site and the county are chosen when the plot is created, and fixed after. */
    @Override
    void checkNew(PlotForm form, BindingResult result) {
        if (form.getEntryId() == null) {
            result.rejectValue("entryId", "validation.required");
        }
        if (form.getCountyId() == null) {
            result.rejectValue("countyId", "validation.required");
        }
    }

    @Override
    void shows(LinkagePlot plot, Model model) {
        model.addAttribute("plot", plot);
        model.addAttribute("entry", plot.getEntry());
        model.addAttribute("place", PlaceNames.of(support.regions, List.of(plot.getRegionPath())).of(plot.getRegionPath()));
    }

    @Override
    void formOptions(Model model, Long id) {
        if (id != null) {
            model.addAttribute("plot", service.plot(id));
        }
        List<LandLibraryEntry> open = library.findByStatusOrderByRegionPathAscNameAsc(LandLibraryStatus.IN_LIBRARY);
        PlaceNames names = PlaceNames.of(support.regions, open.stream().map(LandLibraryEntry::getRegionPath).toList());
        model.addAttribute("entryOptions", open.stream()
                .map(e -> new Option(e.getId(), names.of(e.getRegionPath()) + " · " + e.getName())).toList());
        model.addAttribute("counties", service.counties());
    }
}
