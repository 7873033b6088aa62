package cn.shequ.platform.landlinkage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

/** LandResettlements, {@code /land-linkage/resettlements}: the list with its households, and the record's pages. */
@Controller
@RequestMapping("/land-linkage/resettlements")
class LandResettlementController extends LandRecordPages<LandResettlement, ResettlementForm> {

    private static final Set<String> SORTABLE = Set.of("resettledOn", "mode", "households", "regionPath");

    private final LandResettlements resettlements;
    private final LandZones zones;
    private final LandLinkageService service;

    LandResettlementController(LandRecordPages.Support support, LandResettlements resettlements, LandZones zones,
            LandLinkageService service) {
        super(support, "resettlement", LandResettlement.class, service::resettlement, ResettlementForm::of,
                service::createResettlement, service::updateResettlement);
        this.resettlements = resettlements;
        this.zones = zones;
        this.service = service;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(required = false) ResettlementMode mode, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "resettledOn,desc") String sort, Model model) {
        RegionRef area = support.regions.resolve(region);
        Specification<LandResettlement> spec = RecordSearch.<LandResettlement>inRegion(area)
                .and(RecordSearch.dated("resettledOn", year)).and(RecordSearch.equal("mode", mode));
        Page<LandResettlement> found = resettlements.findAll(spec,
                page(page, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "resettledOn", "id")));
        model.addAttribute("resettlements", found);
        model.addAttribute("households", resettlements.findAll(spec).stream().mapToLong(LandResettlement::getHouseholds).sum());
        Map<Long, String> names = villageNames(found.getContent().stream()
                .flatMap(r -> r.getVillageIds().stream()).collect(Collectors.toSet()));
        model.addAttribute("villages", found.getContent().stream()
                .collect(Collectors.toMap(LandResettlement::getId, r -> joined(r.getVillageIds(), names))));
        listed(model, area, year, sort);
        model.addAttribute("mode", mode);
        model.addAttribute("modes", ResettlementMode.values());
        return "landlinkage/resettlements";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        ResettlementForm form = new ResettlementForm();
        form.setResettledOn(LocalDate.now(support.clock));
        return newForm(form, model);
    }

    @Override
    void shows(LandResettlement resettlement, Model model) {
        model.addAttribute("resettlement", resettlement);
        model.addAttribute("zone", resettlement.getZone());
        model.addAttribute("villages", joined(resettlement.getVillageIds(), villageNames(resettlement.getVillageIds())));
    }

    @Override
    void formOptions(Model model, Long id) {
        model.addAttribute("modes", ResettlementMode.values());
        model.addAttribute("zoneOptions", zones.findAllByOrderByRegionPathAscNameAsc().stream()
                .map(z -> new Option(z.getId(), z.getName())).toList());
        model.addAttribute("villageOptions", VillageOptions.of(support.regions));
    }

    /** Village names by id ("、"-joined per record in the templates). */
    private Map<Long, String> villageNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return ids.stream().map(support.regions::find).flatMap(Optional::stream)
                .collect(Collectors.toMap(RegionRef::id, RegionRef::name));
    }

    static String joined(Collection<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, String.valueOf(id))).collect(Collectors.joining("、"));
    }
}
