package cn.shequ.platform.landlinkage;

/** How villagers were moved: 增减挂钩, 宅基地置换 or 商业开发. */
enum ResettlementMode {
    LINKAGE,
    HOMESTEAD,
    COMMERCIAL
}
