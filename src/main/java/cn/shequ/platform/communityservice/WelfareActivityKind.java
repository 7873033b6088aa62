package cn.shequ.platform.communityservice;

/** 助学, 义诊, 文体, 志愿服务, 其他: what a public-welfare activity does (one activity may be several). */
enum WelfareActivityKind {
    STUDENT_AID,
    FREE_CLINIC,
    CULTURE_SPORTS,
    VOLUNTEER,
    OTHER
}
