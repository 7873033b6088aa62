package cn.shequ.platform.ecotown;

/** Who named the community: the province (省级), the prefecture (潍坊市级) or the city (市级). */
enum EcoDesignationLevel {
    PROVINCE,
    PREFECTURE,
    CITY
}
