package cn.shequ.platform.region;

/** A region as other modules see it. */
public record RegionRef(long id, String code, String name, RegionLevel level, String path, Long parentId) {

    /** True when {@code otherPath} is this region or lies below it. */
    public boolean contains(String otherPath) {
        return otherPath != null && otherPath.startsWith(path);
    }
}
