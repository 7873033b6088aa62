package cn.shequ.platform.communityservice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.document.DocumentRef;
import cn.shequ.platform.record.RecordSearch;
import cn.shequ.platform.region.CommunityRef;
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

/** The “四社联动” pilots' pages, {@code /community-services/four-party}. */
@Controller
@RequestMapping("/community-services/four-party")
class FourPartyPilotController {

    private static final Set<String> SORTABLE = Set.of("regionPath", "socialOrganisations", "socialWorkers", "volunteers");

    private final FourPartyPilots pilots;
    private final FourPartyPilotService service;
    private final RegionDirectory regions;
    private final History history;
    private final Clock clock;

    FourPartyPilotController(FourPartyPilots pilots, FourPartyPilotService service, RegionDirectory regions,
            History history, Clock clock) {
        this.pilots = pilots;
        this.service = service;
        this.regions = regions;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "regionPath,asc") String sort, Model model) {
        int y = year != null ? year : pilots.latestYear().orElse(LocalDate.now(clock).getYear());
        RegionRef area = regions.resolve(region);
        List<CommunityRef> communities = regions.communitiesUnder(area);
        Specification<FourPartyPilot> spec = RecordSearch.<FourPartyPilot>inRegion(area)
                .and(RecordSearch.equal("pilotYear", y)).and(RecordSearch.matching(q, communities, null));
        Page<FourPartyPilot> found = pilots.findAll(spec, Paging.of(page, 20,
                Sorting.parse(sort, SORTABLE, Sort.by("regionPath", "id"))));
        model.addAttribute("year", y);
        model.addAttribute("area", area);
        model.addAttribute("q", q);
        model.addAttribute("pilots", found);
        model.addAttribute("communities", communities.stream().collect(Collectors.toMap(CommunityRef::id, c -> c)));
        model.addAttribute("documents", documentsById());
        model.addAttribute("towns", regions.towns());
        model.addAttribute("years", Years.options(clock));
        model.addAttribute("sort", sort);
        return "communityservice/four-party";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        FourPartyPilot pilot = service.get(id);
        model.addAttribute("pilot", pilot);
        model.addAttribute("community", regions.community(pilot.getCommunityId()).orElse(null));
        model.addAttribute("document", pilot.getDocumentId() == null ? null : documentsById().get(pilot.getDocumentId()));
        model.addAttribute("history", history.of(FourPartyPilot.class, id));
        return "communityservice/four-party-pilot";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Integer year, Model model) {
        FourPartyPilotForm form = new FourPartyPilotForm();
        form.setPilotYear(year != null ? year : LocalDate.now(clock).getYear());
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") FourPartyPilotForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        formView(model, null);
        return FormSubmission.of(form, result, model).save(() -> {
            long id = service.create(form);
            redirect.addFlashAttribute("message", "communityservice.pilot.saved");
            return "redirect:/community-services/four-party/" + id;
        }, "communityservice/four-party-form");
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", FourPartyPilotForm.of(service.get(id)));
        return formView(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") FourPartyPilotForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        service.get(id);
        formView(model, id);
        return FormSubmission.of(form, result, model)
                .onConflict(() -> FourPartyPilotForm.of(service.get(id)))
                .save(() -> {
                    service.update(id, form);
                    redirect.addFlashAttribute("message", "communityservice.pilot.saved");
                    return "redirect:/community-services/four-party/" + id;
                }, "communityservice/four-party-form");
    }

    private String formView(Model model, Long id) {
        model.addAttribute("pilotId", id);
        model.addAttribute("communityOptions", regions.communitiesUnder(null));
        model.addAttribute("documentOptions", service.documents());
        return "communityservice/four-party-form";
    }

    private Map<Long, DocumentRef> documentsById() {
        return service.documents().stream().collect(Collectors.toMap(DocumentRef::id, Function.identity()));
    }
}
