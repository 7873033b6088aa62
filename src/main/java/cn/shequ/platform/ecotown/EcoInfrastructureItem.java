package cn.shequ.platform.ecotown;

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

/**
 * An item of the infrastructure list the standards require of every checked community (五化: 道路硬化
 * …; 八通: 通水 …; centralized water, sewage and garbage). Reference data the office edits; an item
 * no longer required is made inactive rather than deleted, so what communities achieved stays.
 */
@Entity
@Table(name = "eco_infrastructure_item")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class EcoInfrastructureItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_group", nullable = false, length = 24)
    private EcoInfrastructureGroup group;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private Long version;

    static EcoInfrastructureItem of(EcoInfrastructureGroup group, String name, int sortOrder, boolean active) {
        EcoInfrastructureItem item = new EcoInfrastructureItem();
        item.describe(group, name, sortOrder, active);
        return item;
    }

    void describe(EcoInfrastructureGroup group, String name, int sortOrder, boolean active) {
        this.group = group;
        this.name = name.trim();
        this.sortOrder = sortOrder;
        this.active = active;
    }
}
