package cn.shequ.platform.progress;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.web.FormSubmission;
import jakarta.validation.Valid;
import org.hibernate.Hibernate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages a work stream's projects share, under the work stream's path: the project's page
 * ({@code /{id}}), the project form sent new ({@code POST /new}) or as an edit ({@code /{id}/edit}),
 * and the progress report form ({@code /{id}/reports/new}). Each form saves by post-redirect-get to
 * the project's page with a flash message, or answers the form again with its messages (a stale
 * version shows the project as it is now). A work stream's controller extends it and adds its list, what its project page shows
 * besides the project, and the empty project form, whose defaults differ.
 *
 * @param <P> the project
 * @param <E> the project's form
 * @param <F> the progress report's form
 */
public abstract class ProjectPages<P extends ProgressProject<?>, E, F extends ProgressReportForm> {

    /**
     * What the pages of a kind of project are called.
     *
     * @param path the pages' path, {@code /service-centers}
     * @param views the templates' folder: its {@code show} is the project's page, {@code form} and {@code report}
     *              the two forms
     * @param model the model attribute the project's page and the report form's page name the project by
     * @param saved the message a saved project flashes
     */
    public record Kind(String path, String views, String model, String saved) {
    }

    private final Kind kind;
    private final ProjectService<P, E, F> service;
    private final Supplier<F> reportForms;
    private final ProjectChanges changes;
    private final RegionDirectory regions;
    private final History history;
    private final Clock clock;

    /** @param reportForms makes an empty progress report form */
    protected ProjectPages(Kind kind, ProjectService<P, E, F> service, Supplier<F> reportForms, ProjectChanges changes,
            RegionDirectory regions, History history, Clock clock) {
        this.kind = kind;
        this.service = service;
        this.reportForms = reportForms;
        this.changes = changes;
        this.regions = regions;
        this.history = history;
        this.clock = clock;
    }

    /** Puts what the project's page shows besides the project, its community, reports and history into the model. */
    protected void showing(P project, Model model) {
    }

    /** Puts what the project form offers into the model; returns its view. */
    protected abstract String formView(Model model, Long id);

    /** The form for the next report: on {@code date}, and where the project stands now. */
    protected F nextReport(P project, LocalDate date) {
        return ProgressReportForm.next(reportForms.get(), project.getProgress(), project.getVersion(), date);
    }

    @GetMapping("/{id}")
    public String show(@PathVariable long id, Model model) {
        P project = service.get(id);
        model.addAttribute(kind.model(), project);
        model.addAttribute("community", regions.community(project.getCommunityId()).orElse(null));
        model.addAttribute("reports", service.reportsOf(id));
        model.addAttribute("history", history.of(Hibernate.getClass(project), id));
        showing(project, model);
        return kind.views() + "/show";
    }

    @PostMapping("/new")
    public String submitNew(@Valid @ModelAttribute("form") E form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        String view = formView(model, null);
        return FormSubmission.of(form, result, model).save(() -> saved(service.create(form), kind.saved(), redirect), view);
    }

    @GetMapping("/{id}/edit")
    public String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", service.formFor(id));
        return formView(model, id);
    }

    @PostMapping("/{id}/edit")
    public String submitEdit(@PathVariable long id, @Valid @ModelAttribute("form") E form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        service.get(id);
        String view = formView(model, id);
        return FormSubmission.of(form, result, model)
                .onConflict(() -> service.formFor(id))
                .save(() -> {
                    service.update(id, form);
                    return saved(id, kind.saved(), redirect);
                }, view);
    }

    @GetMapping("/{id}/reports/new")
    public String reportForm(@PathVariable long id, Model model) {
        P project = service.get(id);
        model.addAttribute("reportForm", nextReport(project, LocalDate.now(clock)));
        return reportView(model, project);
    }

    @PostMapping("/{id}/reports/new")
    public String submitReport(@PathVariable long id, @Valid @ModelAttribute("reportForm") F form, BindingResult result,
            Model model, Principal principal, RedirectAttributes redirect) {
        String view = reportView(model, service.get(id));
        return FormSubmission.of(form, result, model)
                .onConflict(() -> nextReport(service.get(id), form.getReportDate()))
                .save(() -> {
                    changes.report(id, service::get, form.getVersion(),
                            project -> service.reportOf(project, form, principal.getName(), clock.instant()));
                    return saved(id, "progress.saved", redirect);
                }, view);
    }

    private String reportView(Model model, P project) {
        model.addAttribute(kind.model(), project);
        model.addAttribute("community", regions.community(project.getCommunityId()).orElse(null));
        model.addAttribute("statuses", ProjectStatus.values());
        return kind.views() + "/report";
    }

    private String saved(long id, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", message);
        return "redirect:" + kind.path() + "/" + id;
    }
}
