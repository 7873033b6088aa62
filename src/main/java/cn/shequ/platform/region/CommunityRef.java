package cn.shequ.platform.region;

/** A community with its town, as other modules see it. */
public record CommunityRef(long id, String code, String name, String path, long townId, String townName,
        CommunityKind kind, int households, int population, boolean alongRiver, boolean alongRoad,
        String aggregationZone) {

    /** 镇街 + 社区, the way the yearbook names a community (e.g. 密州街道东山社区). */
    public String fullName() {
        return townName + name;
    }
}
