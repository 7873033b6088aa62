package cn.shequ.platform.document;

/** 推进会, 现场会, 培训, or another kind of meeting. */
public enum MeetingKind {
    PROMOTION,
    ON_SITE,
    TRAINING,
    OTHER
}
