package cn.shequ.platform.landlinkage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import cn.shequ.platform.record.RecordSearch;
import cn.shequ.platform.region.RegionRef;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** LandFunds, {@code /land-linkage/funds}: the list with its total, and the record's pages. */
@Controller
@RequestMapping("/land-linkage/funds")
class LandFundController extends LandRecordPages<LandFund, FundForm> {

    private static final Set<String> SORTABLE = Set.of("receivedOn", "source", "amount", "regionPath");

    private final LandFunds funds;
    private final LandZones zones;
    private final LinkagePlots plots;
    private final LandLinkageService service;

    LandFundController(LandRecordPages.Support support, LandFunds funds, LandZones zones, LinkagePlots plots,
            LandLinkageService service) {
        super(support, "fund", LandFund.class, service::fund, FundForm::of,
                service::createFund, service::updateFund);
        this.funds = funds;
        this.zones = zones;
        this.plots = plots;
        this.service = service;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(required = false) LandFundSource source, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "receivedOn,desc") String sort, Model model) {
        RegionRef area = support.regions.resolve(region);
        Specification<LandFund> spec = RecordSearch.<LandFund>inRegion(area)
                .and(RecordSearch.dated("receivedOn", year)).and(RecordSearch.equal("source", source));
        Page<LandFund> found = funds.findAll(spec,
                page(page, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "receivedOn", "id")));
        model.addAttribute("funds", found);
        model.addAttribute("total", funds.findAll(spec).stream().map(LandFund::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute("names", PlaceNames.of(support.regions, found.map(LandFund::getRegionPath).toList()));
        listed(model, area, year, sort);
        model.addAttribute("source", source);
        model.addAttribute("sources", LandFundSource.values());
        return "landlinkage/funds";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        FundForm form = new FundForm();
        form.setReceivedOn(LocalDate.now(support.clock));
        return newForm(form, model);
    }

    @Override
    void shows(LandFund fund, Model model) {
        model.addAttribute("fund", fund);
        model.addAttribute("target", fund.targetName());
        model.addAttribute("targetPath", fund.getZone() != null ? "/land-linkage/zones/" + fund.getZone().getId()
                : "/land-linkage/plots/" + fund.getPlot().getId());
    }

    @Override
    void formOptions(Model model, Long id) {
        model.addAttribute("sources", LandFundSource.values());
        model.addAttribute("zoneOptions", zones.findAllByOrderByRegionPathAscNameAsc().stream()
                .map(z -> new Option(z.getId(), z.getName())).toList());
        model.addAttribute("plotOptions", plots.findAllByOrderByPlanYearDescRegionPathAsc().stream()
                .map(p -> new Option(p.getId(), p.getPlanYear() + " · " + p.getName())).toList());
    }
}
