package cn.shequ.platform.progress;

/** 计划 → 在建 → 完工 → 投入使用: a project's status only moves forward. */
public enum ProjectStatus {

    PLANNED,
    UNDER_CONSTRUCTION,
    COMPLETED,
    IN_USE;

    /** True when this status is {@code other} or lies beyond it. */
    public boolean hasReached(ProjectStatus other) {
        return ordinal() >= other.ordinal();
    }

    /** The statuses at or beyond this one, for "reached" filters. */
    public java.util.List<ProjectStatus> andBeyond() {
        return java.util.Arrays.stream(values()).filter(s -> s.hasReached(this)).toList();
    }
}
