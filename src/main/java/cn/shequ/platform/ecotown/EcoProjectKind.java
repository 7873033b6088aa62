package cn.shequ.platform.ecotown;

/** A key project's kind: 驻地农村新型社区 (the rural new community at a town's seat) or 生态小镇. */
enum EcoProjectKind {
    SEAT_COMMUNITY,
    ECO_TOWN
}
