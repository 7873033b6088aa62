package cn.shequ.platform.document;

import java.time.LocalDate;

import cn.shequ.platform.audit.Refers;
import cn.shequ.platform.region.Region;
import cn.shequ.platform.shared.WorkStream;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 100)
    private String organiser;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MeetingKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private WorkStream stream;

    private Integer attendance;

    @Column(length = 4000)
    private String summary;

    @Refers(Region.class)
    @Column(name = "region_path", nullable = false, length = 128)
    private String regionPath;

    @Version
    private Long version;

    record Details(LocalDate heldOn, String title, String organiser, MeetingKind kind, WorkStream stream,
            Integer attendance, String summary, String regionPath) {
    }

    static Meeting hold(Details details) {
        Meeting meeting = new Meeting();
        meeting.describe(details);
        return meeting;
    }

    void describe(Details details) {
        this.heldOn = details.heldOn();
        this.title = details.title().trim();
        this.organiser = details.organiser().trim();
        this.kind = details.kind();
        this.stream = details.stream();
        this.attendance = details.attendance();
        this.summary = details.summary() == null || details.summary().isBlank() ? null : details.summary().trim();
        this.regionPath = details.regionPath();
    }
}
