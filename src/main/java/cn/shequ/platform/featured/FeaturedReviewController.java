package cn.shequ.platform.featured;

import java.util.Map;
import java.util.stream.Collectors;

import cn.shequ.platform.account.PlatformUser;
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
 * The reviewers' pages, {@code /featured-communities/reviews}: the applications of the batches they
 * are assigned to, and the scoring form. Only REVIEWER reaches them, and only for their batches.
 */
@Controller
@RequestMapping("/featured-communities/reviews")
class FeaturedReviewController {

    private final FeaturedService service;
    private final RegionDirectory regions;

    FeaturedReviewController(FeaturedService service, RegionDirectory regions) {
        this.service = service;
        this.regions = regions;
    }

    @GetMapping
    String list(@AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("assigned", service.assignedTo(user.getUsername()));
        return "featured/reviews";
    }

    @GetMapping("/{applicationId}/edit")
    String form(@PathVariable long applicationId, @AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("form", service.reviewForm(applicationId, user.getUsername()));
        return view(model, applicationId, user);
    }

    @PostMapping("/{applicationId}/edit")
    String score(@PathVariable long applicationId, @Valid @ModelAttribute("form") ReviewForm form, BindingResult result,
            @AuthenticationPrincipal PlatformUser user, Model model, RedirectAttributes redirect) {
        view(model, applicationId, user);
        FeaturedBatch batch = (FeaturedBatch) model.getAttribute("batch");
        return FormSubmission.of(form, result, model)
                .onConflict(() -> service.reviewForm(applicationId, user.getUsername()))
                .showing("scores", scores -> scoresText(batch, (Map<?, ?>) scores))
                .save(() -> {
                    service.review(applicationId, form, user.getUsername());
                    redirect.addFlashAttribute("message", "featured.review.saved");
                    return "redirect:/featured-communities/reviews";
                }, "featured/review-form");
    }

    /** The scores by criterion name, in the batch's order: 成效 70；满意度 60. */
    static String scoresText(FeaturedBatch batch, Map<?, ?> scores) {
        return batch.getCriteria().stream()
                .map(c -> c.getName() + " " + (scores.get(c.getId()) == null ? "—" : scores.get(c.getId())))
                .collect(Collectors.joining("；"));
    }

    private String view(Model model, long applicationId, PlatformUser user) {
        FeaturedApplication application = service.application(applicationId);
        FeaturedService.requireAssigned(application.getBatch(), user.getUsername());
        model.addAttribute("app", application);
        model.addAttribute("batch", application.getBatch());
        model.addAttribute("community", regions.community(application.getCommunityId()).orElse(null));
        return "featured/review-form";
    }
}
