package cn.shequ.platform.ecotown;

/** 总体规划, 控制性详细规划, 修建性详细规划. */
enum EcoPlanType {
    MASTER,
    REGULATORY_DETAILED,
    CONSTRUCTION_DETAILED
}
