package cn.shequ.platform.ecotown;

/** 编制中, 评审中, 已批复 (a plan finished: it carries its approval date). */
enum EcoPlanStatus {
    DRAFTING,
    UNDER_REVIEW,
    APPROVED
}
