package cn.shequ.platform.record;

import cn.shequ.platform.audit.Refers;
import cn.shequ.platform.audit.ShownBy;
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
 * A record placed in a community: it keeps the community's id and copies its region path, which the
 * data scope filters on (each entity carries the scope filter itself), and a version for stale edits.
 */
@MappedSuperclass
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class PlacedRecord implements Placed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Refers(Region.class)
    @Column(name = "community_id", nullable = false)
    private Long communityId;

    @ShownBy("communityId")
    @Column(name = "region_path", nullable = false, length = 128)
    private String regionPath;

    @Version
    private Long version;

    protected void placeAt(long communityId, String regionPath) {
        this.communityId = communityId;
        this.regionPath = regionPath;
    }

    /** A text as stored: trimmed, and null when blank. */
    public static String clean(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
