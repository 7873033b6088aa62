package cn.shequ.platform.indicator;

import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.servicecenter.ServiceCenterFigures;

/**
 * The work streams' figures of one year for one region subtree, read once (a fixed number of SQL
 * statements) and then turned into indicator values.
 */
public record Snapshot(int year, RegionRef region, ServiceCenterFigures.Summary serviceCenter, long documentsIssued,
        long smartPromotionMeetings) {
}
