package cn.shequ.platform.document;

import java.time.LocalDate;

import cn.shequ.platform.shared.MultiLine;
import cn.shequ.platform.shared.WorkStream;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

@Getter
@Setter
class MeetingForm {

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size.max}")
    private String title;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String organiser;

    @NotNull(message = "{validation.required}")
    private MeetingKind kind;

    @NotNull(message = "{validation.required}")
    private WorkStream stream;

    @PositiveOrZero(message = "{validation.nonNegative}")
    @Max(value = 100_000, message = "{validation.max}")
    private Integer attendance;

    @Size(max = 4000, message = "{validation.size.max}")
    @MultiLine
    private String summary;

    private Long version;

    /** A new form, dated {@code today}. */
    static MeetingForm dated(LocalDate today) {
        MeetingForm form = new MeetingForm();
        form.heldOn = today;
        return form;
    }

    static MeetingForm of(Meeting meeting) {
        MeetingForm form = new MeetingForm();
        form.heldOn = meeting.getHeldOn();
        form.title = meeting.getTitle();
        form.organiser = meeting.getOrganiser();
        form.kind = meeting.getKind();
        form.stream = meeting.getStream();
        form.attendance = meeting.getAttendance();
        form.summary = meeting.getSummary();
        form.version = meeting.getVersion();
        return form;
    }
}
