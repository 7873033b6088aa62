package cn.shequ.platform.ecotown;

/** The prefecture's (潍坊市) assessment of a key project: 建成, 基本建成, 未建成. */
enum EcoAssessmentResult {
    BUILT,
    BASICALLY_BUILT,
    NOT_BUILT;

    /** True for 建成 and 基本建成: what the summary counts as basically built. */
    public boolean basicallyBuilt() {
        return this != NOT_BUILT;
    }
}
