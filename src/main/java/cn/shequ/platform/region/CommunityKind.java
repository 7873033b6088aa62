package cn.shequ.platform.region;

/** 农村新型社区 or 城市社区. */
public enum CommunityKind {
    RURAL_NEW,
    URBAN
}
