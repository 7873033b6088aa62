package cn.shequ.platform.document;

import java.time.Clock;
import java.util.Set;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.shared.WorkStream;
import cn.shequ.platform.web.Paging;
import cn.shequ.platform.web.Sorting;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The meetings' pages, {@code /meetings}. */
@Controller
@RequestMapping("/meetings")
class MeetingController extends RegisterPages<Meeting, MeetingForm> {

    private static final Set<String> SORTABLE = Set.of("heldOn", "title", "kind", "organiser");

    private final Meetings meetings;

    MeetingController(Meetings meetings, DocumentService service, History history, Clock clock) {
        super("meeting", Meeting.class, service::meeting, MeetingForm::dated, MeetingForm::of, service::create, service::update,
                history, clock);
        this.meetings = meetings;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) WorkStream stream,
            @RequestParam(required = false) MeetingKind kind, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "heldOn,desc") String sort, Model model) {
        Specification<Meeting> spec = RegisterPages.<Meeting>datedIn("heldOn", year);
        if (stream != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("stream"), stream));
        }
        if (kind != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), kind));
        }
        model.addAttribute("meetings", meetings.findAll(spec, Paging.of(page, 20,
                Sorting.parse(sort, SORTABLE, Sort.by(Sort.Direction.DESC, "heldOn", "id")))));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", MeetingKind.values());
        listFilters(model, year, stream, sort);
        return "document/meetings";
    }

    @Override
    void formOptions(Model model) {
        super.formOptions(model);
        model.addAttribute("kinds", MeetingKind.values());
    }
}
