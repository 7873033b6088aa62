package cn.shequ.platform.communityservice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

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

/** One dated donation of a pairing: money and goods (valued), in 万元, and what they were for. */
@Entity
@Table(name = "pairing_donation")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class PairingDonation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pairing_id", nullable = false, updatable = false)
    private EnterprisePairing pairing;

    @Column(name = "donated_on", nullable = false)
    private LocalDate donatedOn;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal money;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal goods;

    @Column(length = 500)
    private String description;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** What a donation form says, before it is accepted. */
    record Draft(LocalDate donatedOn, BigDecimal money, BigDecimal goods, String description) {
    }

    PairingDonation(EnterprisePairing pairing, LocalDate donatedOn, BigDecimal money, BigDecimal goods, String description,
            String recordedBy, Instant recordedAt) {
        this.pairing = pairing;
        this.donatedOn = donatedOn;
        this.money = money;
        this.goods = goods;
        this.description = description;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Money and goods together, 万元. */
    public BigDecimal getTotal() {
        return money.add(goods);
    }
}
