package cn.shequ.platform.landlinkage;

/** Where a library site stands: 入库 → 列入计划 → 拆旧复垦 → 已验收, forward only. */
enum LandLibraryStatus {
    IN_LIBRARY,
    IN_PLAN,
    RECLAIMED,
    ACCEPTED;

    /** The statuses after this one: where a site may still move. */
    public java.util.List<LandLibraryStatus> later() {
        return java.util.Arrays.stream(values()).filter(s -> s.ordinal() > ordinal()).toList();
    }
}
