package cn.shequ.platform.featured;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.shequ.platform.account.PlatformUser;
import cn.shequ.platform.audit.History;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.web.FormSubmission;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An application's page (details, scores, workflow log, History tab, the form that moves it on) and
 * its forms: a new application in a batch ({@code /featured-communities/{batch}/applications/new}) and
 * the edit form.
 */
@Controller
@RequestMapping("/featured-communities")
class FeaturedApplicationController {

    private final FeaturedService service;
    private final FeaturedStandings standings;
    private final RegionDirectory regions;
    private final History history;

    FeaturedApplicationController(FeaturedService service, FeaturedStandings standings,
            RegionDirectory regions, History history) {
        this.service = service;
        this.standings = standings;
        this.regions = regions;
        this.history = history;
    }

    /** A reviewer's scores as the page shows them: criterion id → score, and the weighted total. */
    record ReviewRow(String reviewer, Map<Long, Integer> scores, BigDecimal total, String scoredAt, String note) {
    }

    @GetMapping("/applications/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal PlatformUser user, Model model) {
        TransitionForm form = new TransitionForm();
        model.addAttribute("transitionForm", form);
        page(model, id, user);
        form.setVersion(((FeaturedApplication) model.getAttribute("app")).getVersion());
        return "featured/application";
    }

    /** Moves the application on; an illegal move comes back on the same page with its message. */
    @PostMapping("/applications/{id}/transitions")
    String transition(@PathVariable long id, @Valid @ModelAttribute("transitionForm") TransitionForm form,
            BindingResult result, @AuthenticationPrincipal PlatformUser user, Model model, RedirectAttributes redirect) {
        page(model, id, user);
        return FormSubmission.of(form, result, model).save(() -> {
            service.transition(id, form, Actor.of(user));
            redirect.addFlashAttribute("message", "featured.application.moved." + form.getTo());
            return "redirect:/featured-communities/applications/" + id;
        }, "featured/application");
    }

    @GetMapping("/applications/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        FeaturedApplication application = service.application(id);
        model.addAttribute("form", ApplicationForm.of(application));
        return formView(model, application.getBatch(), id);
    }

    @PostMapping("/applications/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ApplicationForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        FeaturedApplication application = service.application(id);
        formView(model, application.getBatch(), id);
        return FormSubmission.of(form, result, model)
                .onConflict(() -> service.applicationForm(id))
                .save(() -> {
                    service.updateApplication(id, form);
                    redirect.addFlashAttribute("message", "featured.application.saved");
                    return "redirect:/featured-communities/applications/" + id;
                }, "featured/application-form");
    }

    @GetMapping("/{id}/applications/new")
    String applicationForm(@PathVariable long id, Model model) {
        model.addAttribute("form", new ApplicationForm());
        return formView(model, service.batch(id), null);
    }

    @PostMapping("/{id}/applications/new")
    String file(@PathVariable long id, @Valid @ModelAttribute("form") ApplicationForm form, BindingResult result,
            @AuthenticationPrincipal PlatformUser user, Model model, RedirectAttributes redirect) {
        formView(model, service.batch(id), null);
        return FormSubmission.of(form, result, model).save(() -> {
            long applicationId = service.file(id, form, Actor.of(user));
            redirect.addFlashAttribute("message", "featured.application.saved");
            return "redirect:/featured-communities/applications/" + applicationId;
        }, "featured/application-form");
    }

    private String formView(Model model, FeaturedBatch batch, Long applicationId) {
        model.addAttribute("batch", batch);
        model.addAttribute("applicationId", applicationId);
        model.addAttribute("communityOptions", regions.communitiesUnder(null));
        model.addAttribute("aspectOptions", batch.getAspectsInOrder());
        return "featured/application-form";
    }

    private void page(Model model, long id, PlatformUser user) {
        FeaturedApplication application = service.application(id);
        FeaturedBatch batch = application.getBatch();
        Map<Long, Integer> weights = batch.weights();
        List<ReviewRow> reviews = service.reviewsOf(id).stream()
                .map(r -> new ReviewRow(r.getReviewer(), r.getScores(), FeaturedScoring.reviewerTotal(weights, r.getScores()),
                        Times.format(r.getScoredAt()), r.getNote()))
                .toList();
        model.addAttribute("app", application);
        model.addAttribute("batch", batch);
        model.addAttribute("community", regions.community(application.getCommunityId()).orElse(null));
        model.addAttribute("reviews", reviews);
        model.addAttribute("score", standings.of(List.of(id)).get(id));
        model.addAttribute("log", service.log(id));
        model.addAttribute("history", history.of(FeaturedApplication.class, id));
        model.addAttribute("next", user == null ? List.of() : FeaturedWorkflow.nextFor(application.getState(), user.getRole()));
        model.addAttribute("targets", Arrays.stream(FeaturedState.values()).filter(s -> s != FeaturedState.DRAFT).toList());
    }
}
