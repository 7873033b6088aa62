package cn.shequ.platform.region;

import cn.shequ.platform.audit.ShownBy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A node of the region tree. Its {@code path} is the codes from the province down to itself
 * ({@code /370000/370700/370782/370782001/}); code, level and parent are fixed once created, so
 * the path never changes and other modules may copy it next to their records.
 */
@Entity
@Table(name = "region")
@Audited
@FilterDef(name = DataScope.FILTER, defaultCondition = "region_path like :" + DataScope.PARAMETER,
        autoEnabled = true, applyToLoadByKey = true,
        parameters = @ParamDef(name = DataScope.PARAMETER, type = String.class, resolver = DataScope.PatternResolver.class))
@Filter(name = DataScope.FILTER, condition = "path like :" + DataScope.PARAMETER)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Region {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 15)
    private String code;

    @Column(nullable = false, length = 50)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private RegionLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", updatable = false)
    @NotAudited
    private Region parent;

    @ShownBy("code")
    @Column(nullable = false, updatable = false, length = 128)
    private String path;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private CommunityKind kind;

    private Integer households;

    private Integer population;

    @Column(name = "along_river", nullable = false)
    private boolean alongRiver;

    @Column(name = "along_road", nullable = false)
    private boolean alongRoad;

    @Column(name = "aggregation_zone", length = 100)
    private String aggregationZone;

    @Version
    private Long version;

    private Region(String code, String name, RegionLevel level, Region parent) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parent = parent;
        this.path = (parent == null ? "/" : parent.getPath()) + code + "/";
    }

    /** A province: the root of a tree. */
    static Region province(String code, String name) {
        return new Region(code, name, RegionLevel.PROVINCE, null);
    }

    /** A region one level below this one. */
    Region child(String code, String name) {
        return new Region(code, name, level.childLevel(), this);
    }

    void rename(String name) {
        this.name = name;
    }

    void describeCommunity(CommunityKind kind, Integer households, Integer population, boolean alongRiver,
            boolean alongRoad, String aggregationZone) {
        this.kind = kind;
        this.households = households;
        this.population = population;
        this.alongRiver = alongRiver;
        this.alongRoad = alongRoad;
        this.aggregationZone = aggregationZone;
    }

    public boolean isCommunity() {
        return level == RegionLevel.COMMUNITY;
    }

    RegionRef toRef() {
        return new RegionRef(id, code, name, level, path, parent == null ? null : parent.getId());
    }
}
