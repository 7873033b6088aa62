package cn.shequ.platform.yearbook;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;

/** The entry's sentence templates as the office edited them for one year. */
@Entity
@Table(name = "yearbook_template")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class YearbookTemplate {

    @Id
    @Column(name = "entry_year")
    private Integer year;

    @Column(nullable = false, length = 20000)
    private String text;

    @Column(name = "updated_by", nullable = false, length = 50)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    YearbookTemplate(int year, String text, String updatedBy, Instant updatedAt) {
        this.year = year;
        edit(text, updatedBy, updatedAt);
    }

    void edit(String text, String updatedBy, Instant updatedAt) {
        this.text = text;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }
}
