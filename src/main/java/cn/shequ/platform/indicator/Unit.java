package cn.shequ.platform.indicator;

/** The unit an indicator is counted in; labels are {@code indicator.unit.<NAME>}. */
public enum Unit {
    /** 个 */
    COUNT,
    /** 户 */
    HOUSEHOLD,
    /** 名 (people) */
    PERSON,
    /** 亩 */
    MU,
    /** 平方米 */
    SQUARE_METRE,
    /** 万元 */
    WAN_YUAN,
    /** 次 */
    TIMES,
    /** 件 */
    DOCUMENT
}
