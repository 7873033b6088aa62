package cn.shequ.platform.featured;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;

/**
 * An aspect a community may apply in (产业支撑, 聚集融合 …): reference data the office edits. An aspect
 * no longer offered is made inactive rather than deleted, so older batches keep their aspects.
 */
@Entity
@Table(name = "featured_aspect")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class FeaturedAspect {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    @Column(length = 500)
    private String description;

    @Version
    private Long version;

    FeaturedAspect(String name, int sortOrder, boolean active, String description) {
        describe(name, sortOrder, active, description);
    }

    void describe(String name, int sortOrder, boolean active, String description) {
        this.name = name.trim();
        this.sortOrder = sortOrder;
        this.active = active;
        this.description = description == null || description.isBlank() ? null : description.trim();
    }

    @Override
    public String toString() {
        return name;
    }
}
