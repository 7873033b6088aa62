package cn.shequ.platform.servicecenter;

/** What a renovation reuses: 闲置校舍, 腾退办公用房, 集体用房, the old service center, or other. */
enum ReusedBuilding {
    IDLE_SCHOOL,
    VACATED_OFFICE,
    COLLECTIVE,
    OLD_CENTER,
    OTHER
}
