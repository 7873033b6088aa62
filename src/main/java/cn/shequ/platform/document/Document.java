package cn.shequ.platform.document;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import cn.shequ.platform.shared.WorkStream;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;

/** A policy document of the register: its number, title, issuer and date, and the work streams it concerns. */
@Entity
@Table(name = "document")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Document extends RegisterEntry {

    @Column(nullable = false, unique = true, length = 40)
    private String number;

    @Column(nullable = false, length = 100)
    private String issuer;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "document_stream", joinColumns = @JoinColumn(name = "document_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "stream", nullable = false, length = 24)
    private Set<WorkStream> streams = EnumSet.noneOf(WorkStream.class);

    record Details(String number, String title, String issuer, LocalDate issuedOn, Set<WorkStream> streams,
            String summary, String regionPath) {
    }

    static Document issue(Details details) {
        Document document = new Document();
        document.describe(details);
        return document;
    }

    void describe(Details details) {
        entitle(details.title(), details.summary(), details.regionPath());
        this.number = details.number();
        this.issuer = details.issuer().trim();
        this.issuedOn = details.issuedOn();
        this.streams.clear();
        this.streams.addAll(details.streams());
    }

    /** The streams in their declared order, for display. */
    public Set<WorkStream> getSortedStreams() {
        return new TreeSet<>(streams);
    }

    DocumentRef toRef() {
        return new DocumentRef(getId(), number, getTitle(), issuer, issuedOn);
    }
}
