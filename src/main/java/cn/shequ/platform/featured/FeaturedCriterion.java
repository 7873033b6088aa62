package cn.shequ.platform.featured;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;

/** A scoring criterion of a batch with its weight (a batch's weights sum to 100). */
@Entity
@Table(name = "featured_criterion")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class FeaturedCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "batch_id", nullable = false, updatable = false)
    private FeaturedBatch batch;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private int weight;

    FeaturedCriterion(FeaturedBatch batch, int sortOrder, String name, int weight) {
        this.batch = batch;
        describe(sortOrder, name, weight);
    }

    void describe(int sortOrder, String name, int weight) {
        this.sortOrder = sortOrder;
        this.name = name;
        this.weight = weight;
    }

    @Override
    public String toString() {
        return name + " " + weight;
    }
}
