package cn.shequ.platform.landlinkage;

/** What a library site is: 村庄 (a village) or 工矿 (an industrial or mining site). */
enum LandSiteKind {
    VILLAGE,
    INDUSTRIAL
}
