package cn.shequ.platform.communityservice;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.record.RecordSearch;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.web.EntryForms;
import cn.shequ.platform.web.FormSubmission;
import cn.shequ.platform.web.Paging;
import cn.shequ.platform.web.Sorting;
import cn.shequ.platform.web.Years;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
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

/**
 * The pairings' pages, {@code /community-services/pairings}. The list of a year holds the pairings in
 * effect that year (begun by 31 December); {@code donated=true} keeps those that gave in the year.
 */
@Controller
@RequestMapping("/community-services/pairings")
class PairingController extends EntryForms<PairingForm> {

    private static final Set<String> SORTABLE = Set.of("regionPath", "enterprise", "since");

    private final EnterprisePairings pairings;
    private final PairingService service;
    private final RegionDirectory regions;
    private final History history;
    private final Clock clock;

    PairingController(EnterprisePairings pairings, PairingService service, RegionDirectory regions, History history,
            Clock clock) {
        super("communityservice/pairing-form", "communityservice.pairing.saved", () -> PairingForm.since(LocalDate.now(clock)),
                id -> PairingForm.of(service.get(id)), service::create, service::update);
        this.pairings = pairings;
        this.service = service;
        this.regions = regions;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
            @RequestParam(required = false) Boolean donated, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "regionPath,asc") String sort,
            Model model) {
        int y = year != null ? year : LocalDate.now(clock).getYear();
        RegionRef area = regions.resolve(region);
        List<CommunityRef> communities = regions.communitiesUnder(area);
        LocalDate from = LocalDate.of(y, 1, 1);
        LocalDate to = LocalDate.of(y, 12, 31);
        Specification<EnterprisePairing> spec = RecordSearch.<EnterprisePairing>inRegion(area)
                .and((root, query, cb) -> cb.lessThanOrEqualTo(root.get("since"), to))
                .and(RecordSearch.matching(q, communities, "enterprise"));
        if (donated != null) {
            spec = spec.and((root, query, cb) -> {
                Subquery<Long> gifts = query.subquery(Long.class);
                Root<PairingDonation> donation = gifts.from(PairingDonation.class);
                gifts.select(donation.get("id")).where(cb.equal(donation.get("pairing"), root),
                        cb.between(donation.get("donatedOn"), from, to));
                return donated ? cb.exists(gifts) : cb.not(cb.exists(gifts));
            });
        }
        Page<EnterprisePairing> found = pairings.findAll(spec, Paging.of(page, 20,
                Sorting.parse(sort, SORTABLE, Sort.by("regionPath", "id"))));
        List<Long> ids = found.getContent().stream().map(EnterprisePairing::getId).toList();

        model.addAttribute("year", y);
        model.addAttribute("area", area);
        model.addAttribute("donated", donated);
        model.addAttribute("q", q);
        model.addAttribute("pairings", found);
        model.addAttribute("inYear", ids.isEmpty() ? Map.of() : sums(pairings.donatedBetween(ids, from, to)));
        model.addAttribute("inAll", ids.isEmpty() ? Map.of() : sums(pairings.donatedInAll(ids)));
        model.addAttribute("communities", communities.stream().collect(Collectors.toMap(CommunityRef::id, c -> c)));
        model.addAttribute("towns", regions.towns());
        model.addAttribute("years", Years.options(clock));
        model.addAttribute("sort", sort);
        return "communityservice/pairings";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        EnterprisePairing pairing = service.get(id);
        model.addAttribute("pairing", pairing);
        model.addAttribute("community", regions.community(pairing.getCommunityId()).orElse(null));
        model.addAttribute("history", history.of(EnterprisePairing.class, id));
        return "communityservice/pairing";
    }

    @Override
    protected void formOptions(Model model) {
        model.addAttribute("communityOptions", regions.communitiesUnder(null));
    }

    @GetMapping("/{id}/donations/new")
    String donationForm(@PathVariable long id, Model model) {
        DonationForm form = new DonationForm();
        form.setDonatedOn(LocalDate.now(clock));
        model.addAttribute("donationForm", form);
        return donationView(model, service.get(id));
    }

    @PostMapping("/{id}/donations/new")
    String donate(@PathVariable long id, @Valid @ModelAttribute("donationForm") DonationForm form, BindingResult result,
            Model model, Principal principal, RedirectAttributes redirect) {
        donationView(model, service.get(id));
        return FormSubmission.of(form, result, model).save(() -> {
            service.donate(id, form, principal.getName());
            redirect.addFlashAttribute("message", "communityservice.donation.saved");
            return "redirect:/community-services/pairings/" + id;
        }, "communityservice/donation-form");
    }

    @PostMapping("/{id}/donations/{donationId}/delete")
    String removeDonation(@PathVariable long id, @PathVariable long donationId, RedirectAttributes redirect) {
        service.removeDonation(id, donationId);
        redirect.addFlashAttribute("message", "communityservice.donation.removed");
        return "redirect:/community-services/pairings/" + id;
    }

    private String donationView(Model model, EnterprisePairing pairing) {
        model.addAttribute("pairing", pairing);
        model.addAttribute("community", regions.community(pairing.getCommunityId()).orElse(null));
        return "communityservice/donation-form";
    }

    private static Map<Long, BigDecimal> sums(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(row -> (Long) row[0], row -> (BigDecimal) row[1]));
    }
}
