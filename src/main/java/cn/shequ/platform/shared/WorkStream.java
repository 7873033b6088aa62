package cn.shequ.platform.shared;

/**
 * The office's lines of work: the five work streams (community services counted with smart
 * communities in the yearbook, apart here) and general business. Documents, meetings and the
 * indicator catalogue are sorted by it.
 */
public enum WorkStream {
    SERVICE_CENTER,
    SMART_COMMUNITY,
    COMMUNITY_SERVICE,
    LAND_LINKAGE,
    ECO_TOWN,
    FEATURED_COMMUNITY,
    GENERAL
}
