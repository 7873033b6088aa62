package cn.shequ.platform.featured;

/**
 * Where an application stands: 草稿, 已申报, 镇街推荐, 评审中, 公示中, 已命名, 未通过. Which state may
 * follow which, and by whom, is {@link FeaturedWorkflow}'s business.
 */
enum FeaturedState {
    DRAFT,
    SUBMITTED,
    RECOMMENDED,
    UNDER_REVIEW,
    IN_PUBLICITY,
    NAMED,
    NOT_PASSED;

    /** Named or not passed: nothing follows. */
    public boolean isFinal() {
        return this == NAMED || this == NOT_PASSED;
    }
}
