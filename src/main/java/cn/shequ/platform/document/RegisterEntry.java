package cn.shequ.platform.document;

import cn.shequ.platform.audit.Refers;
import cn.shequ.platform.record.Placed;
import cn.shequ.platform.region.Region;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;

/**
 * An entry of a register (a document, a meeting): its title and summary, the region that issued or
 * held it, and a version for stale edits.
 */
@MappedSuperclass
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
abstract class RegisterEntry implements Placed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String summary;

    /** The region that issued or held it (the office's county-level city). */
    @Refers(Region.class)
    @Column(name = "region_path", nullable = false, length = 128)
    private String regionPath;

    @Version
    private Long version;

    /** Sets what every entry has: the title trimmed, the summary trimmed (none when blank), its region. */
    void entitle(String title, String summary, String regionPath) {
        this.title = title.trim();
        this.summary = summary == null || summary.isBlank() ? null : summary.trim();
        this.regionPath = regionPath;
    }
}
