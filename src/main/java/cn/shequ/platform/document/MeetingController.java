package cn.shequ.platform.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.shared.WorkStream;
import cn.shequ.platform.web.FormSubmission;
import cn.shequ.platform.web.Paging;
import cn.shequ.platform.web.Sorting;
import cn.shequ.platform.web.Years;
import jakarta.validation.Valid;
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

/** The meetings' pages, {@code /meetings}. */
@Controller
@RequestMapping("/meetings")
class MeetingController {

    private static final Set<String> SORTABLE = Set.of("heldOn", "title", "kind", "organiser");

    private final Meetings meetings;
    private final DocumentService service;
    private final History history;
    private final Clock clock;

    MeetingController(Meetings meetings, DocumentService service, History history, Clock clock) {
        this.meetings = meetings;
        this.service = service;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) WorkStream stream,
            @RequestParam(required = false) MeetingKind kind, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "heldOn,desc") String sort, Model model) {
        Specification<Meeting> spec = Specification.unrestricted();
        if (year != null) {
            spec = spec.and((root, query, cb) -> cb.between(root.get("heldOn"), LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31)));
        }
        if (stream != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("stream"), stream));
        }
        if (kind != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), kind));
        }
        model.addAttribute("meetings", meetings.findAll(spec, Paging.of(page, 20,
                Sorting.parse(sort, SORTABLE, Sort.by(Sort.Direction.DESC, "heldOn", "id")))));
        model.addAttribute("year", year);
        model.addAttribute("stream", stream);
        model.addAttribute("kind", kind);
        model.addAttribute("sort", sort);
        model.addAttribute("years", Years.options(clock));
        model.addAttribute("streams", WorkStream.values());
        model.addAttribute("kinds", MeetingKind.values());
        return "document/meetings";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("meeting", service.meeting(id));
        model.addAttribute("history", history.of(Meeting.class, id));
        return "document/meeting";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        MeetingForm form = new MeetingForm();
        form.setHeldOn(LocalDate.now(clock));
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        formView(model, null);
        return FormSubmission.of(form, result, model).save(() -> {
            long id = service.create(form);
            redirect.addFlashAttribute("message", "meeting.saved");
            return "redirect:/meetings/" + id;
        }, "document/meeting-form");
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", MeetingForm.of(service.meeting(id)));
        return formView(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        service.meeting(id);
        formView(model, id);
        return FormSubmission.of(form, result, model)
                .onConflict(() -> MeetingForm.of(service.meeting(id)))
                .save(() -> {
                    service.update(id, form);
                    redirect.addFlashAttribute("message", "meeting.saved");
                    return "redirect:/meetings/" + id;
                }, "document/meeting-form");
    }

    private String formView(Model model, Long id) {
        model.addAttribute("meetingId", id);
        model.addAttribute("streams", WorkStream.values());
        model.addAttribute("kinds", MeetingKind.values());
        return "document/meeting-form";
    }
}
