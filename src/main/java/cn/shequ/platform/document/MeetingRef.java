package cn.shequ.platform.document;

import java.time.LocalDate;

/** A meeting as other modules cite it. */
public record MeetingRef(long id, LocalDate heldOn, String title, String organiser, MeetingKind kind) {
}
