package cn.shequ.platform.audit;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import lombok.Getter;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One audited transaction: who made it, when, from which address, and which records it touched. */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
@Getter
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "revision_time", nullable = false)
    private long timestamp;

    @Column(nullable = false, length = 50)
    private String username;

    @Column(length = 64)
    private String address;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "audit_revision_change", joinColumns = @JoinColumn(name = "revision_id"))
    private Set<AuditedChange> changes = new HashSet<>();

    public Instant getTime() {
        return Instant.ofEpochMilli(timestamp);
    }

    void stamp(String username, String address) {
        this.username = username;
        this.address = address;
    }

    void addChange(AuditedChange change) {
        changes.add(change);
    }
}
