package cn.shequ.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import lombok.AccessLevel;
import lombok.EqualsAndHashCode;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A record a revision touched: its entity, its id, and whether it was added, changed or deleted. */
@Embeddable
@Getter
@EqualsAndHashCode
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AuditedChange {

    @Column(name = "entity_name", nullable = false, length = 200)
    private String entityName;

    @Column(name = "entity_id", nullable = false, length = 64)
    private String entityId;

    /** 0 added, 1 changed, 2 deleted (Envers' revision types). */
    @Column(name = "change_type", nullable = false)
    private short changeType;

    AuditedChange(String entityName, String entityId, short changeType) {
        this.entityName = entityName;
        this.entityId = entityId;
        this.changeType = changeType;
    }
}
