package cn.shequ.platform.document;

import static cn.shequ.platform.document.Register.Shown.label;
import static cn.shequ.platform.document.Register.Shown.text;

import java.time.Clock;
import java.util.Set;

import cn.shequ.platform.audit.History;
import cn.shequ.platform.record.RecordSearch;
import cn.shequ.platform.shared.WorkStream;
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
        super(Register.<Meeting>of("/meetings", "meetings", "meeting")
                        .filter("stream", "stream", WorkStream.values()).filter("kind", "kind", MeetingKind.values())
                        .column("heldOn", true, "text-nowrap", m -> text(m.getHeldOn()))
                        .linkColumn("title", true, null, m -> text(m.getTitle()))
                        .column("kind", true, null, m -> label(m.getKind()))
                        .column("stream", false, null, m -> label(m.getStream()))
                        .column("organiser", true, null, m -> text(m.getOrganiser()))
                        .column("attendance", false, "text-end", m -> text(m.getAttendance()))
                        .field("heldOn", "date", "col-md-4").enumField("kind", "enum", "col-md-4", MeetingKind.values())
                        .enumField("stream", "enum", "col-md-4", WorkStream.values()).field("title", "text", "col-12")
                        .field("organiser", "text", "col-md-8").field("attendance", "number", "col-md-4")
                        .field("summary", "textarea", "col-12")
                        .shows(Meeting::getTitle, Meeting::getTitle)
                        .row("heldOn", m -> text(m.getHeldOn())).row("kind", m -> label(m.getKind()))
                        .row("stream", m -> label(m.getStream())).row("organiser", m -> text(m.getOrganiser()))
                        .row("attendance", m -> text(m.getAttendance())).row("summary", m -> text(m.getSummary())),
                "meeting.saved", Meeting.class, service::meeting, MeetingForm::dated, MeetingForm::of, service::create,
                service::update, history, clock);
        this.meetings = meetings;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) WorkStream stream,
            @RequestParam(required = false) MeetingKind kind, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "heldOn,desc") String sort, Model model) {
        model.addAttribute("kind", kind);
        return list(meetings, RecordSearch.<Meeting>equal("stream", stream).and(RecordSearch.equal("kind", kind)), "heldOn",
                SORTABLE, year, stream, page, sort, model);
    }
}
