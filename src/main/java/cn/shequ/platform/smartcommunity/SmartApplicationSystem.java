package cn.shequ.platform.smartcommunity;

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
 * An entry of the reference list of application systems a smart community deploys (社区政务, 社会管理,
 * 教育培训, 娱乐休闲, 社区商圈 …). The office adds, renames and retires entries; a retired entry stays on
 * the records that deployed it but is no longer offered for new ones.
 */
@Entity
@Table(name = "smart_application_system")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class SmartApplicationSystem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean retired;

    @Version
    private Long version;

    static SmartApplicationSystem named(String name, int sortOrder) {
        SmartApplicationSystem system = new SmartApplicationSystem();
        system.describe(name, sortOrder, false);
        return system;
    }

    void describe(String name, int sortOrder, boolean retired) {
        this.name = name.trim();
        this.sortOrder = sortOrder;
        this.retired = retired;
    }
}
