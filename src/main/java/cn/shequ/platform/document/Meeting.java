package cn.shequ.platform.document;

import java.time.LocalDate;

import cn.shequ.platform.shared.WorkStream;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;

/** A meeting the office held or took part in: a promotion meeting, an on-site meeting, a training. */
@Entity
@Table(name = "meeting")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Meeting extends RegisterEntry {

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 100)
    private String organiser;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MeetingKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private WorkStream stream;

    private Integer attendance;

    record Details(LocalDate heldOn, String title, String organiser, MeetingKind kind, WorkStream stream,
            Integer attendance, String summary, String regionPath) {
    }

    static Meeting hold(Details details) {
        Meeting meeting = new Meeting();
        meeting.describe(details);
        return meeting;
    }

    void describe(Details details) {
        entitle(details.title(), details.summary(), details.regionPath());
        this.heldOn = details.heldOn();
        this.organiser = details.organiser().trim();
        this.kind = details.kind();
        this.stream = details.stream();
        this.attendance = details.attendance();
    }
}
