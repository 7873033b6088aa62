package cn.shequ.platform.document;

import java.time.LocalDate;

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
class MeetingForm extends EntryForm {

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

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

    /** A new form, dated {@code today}. */
    static MeetingForm dated(LocalDate today) {
        MeetingForm form = new MeetingForm();
        form.heldOn = today;
        return form;
    }

    static MeetingForm of(Meeting meeting) {
        MeetingForm form = new MeetingForm();
        form.copy(meeting);
        form.heldOn = meeting.getHeldOn();
        form.organiser = meeting.getOrganiser();
        form.kind = meeting.getKind();
        form.stream = meeting.getStream();
        form.attendance = meeting.getAttendance();
        return form;
    }
}
