package cn.shequ.platform.landlinkage;

/** Where money came from: 市财政, 省级奖补, 社会资本, 其他. */
enum LandFundSource {
    CITY_FINANCE,
    PROVINCIAL_AWARD,
    SOCIAL_CAPITAL,
    OTHER
}
