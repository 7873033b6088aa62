package cn.shequ.platform.servicecenter;

/** 新建 or 改造提升. */
enum ServiceCenterKind {
    NEW_BUILD,
    RENOVATION
}
