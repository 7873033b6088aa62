package cn.shequ.platform.yearbook;

import java.time.Instant;

import cn.shequ.platform.audit.ShownBy;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A published edition of a year's yearbook for a region: the indicator values and both files as
 * they were published (numbered, with time and user), and, if the year was reopened afterwards, by
 * whom, when and why.
 */
@Entity
@Table(name = "yearbook_edition")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class YearbookEdition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "edition_year", nullable = false)
    private int year;

    @ShownBy("regionName")
    @Column(name = "region_path", nullable = false, length = 128)
    private String regionPath;

    @Column(name = "region_name", nullable = false, length = 50)
    private String regionName;

    @Column(nullable = false)
    private int edition;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 50)
    private String publishedBy;

    @NotAudited
    @Column(name = "indicator_values", nullable = false, length = 20000)
    private String indicatorValues;

    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "tables_file", nullable = false)
    private byte[] tablesFile;

    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "entry_file", nullable = false)
    private byte[] entryFile;

    @Column(name = "reopened_at")
    private Instant reopenedAt;

    @Column(name = "reopened_by", length = 50)
    private String reopenedBy;

    @Column(name = "reopen_reason", length = 1000)
    private String reopenReason;

    @Version
    private Long version;

    YearbookEdition(int year, String regionPath, String regionName, int edition, Instant publishedAt, String publishedBy,
            String indicatorValues, byte[] tablesFile, byte[] entryFile) {
        this.year = year;
        this.regionPath = regionPath;
        this.regionName = regionName;
        this.edition = edition;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.indicatorValues = indicatorValues;
        this.tablesFile = tablesFile;
        this.entryFile = entryFile;
    }

    boolean isReopened() {
        return reopenedAt != null;
    }

    void reopen(String username, String reason, Instant at) {
        this.reopenedBy = username;
        this.reopenReason = reason;
        this.reopenedAt = at;
    }
}
