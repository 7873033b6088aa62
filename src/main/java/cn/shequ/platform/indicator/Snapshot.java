package cn.shequ.platform.indicator;

import cn.shequ.platform.communityservice.CommunityServiceFigures;
import cn.shequ.platform.ecotown.EcoTownFigures;
import cn.shequ.platform.featured.FeaturedFigures;
import cn.shequ.platform.landlinkage.LandLinkageFigures;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.servicecenter.ServiceCenterFigures;
import cn.shequ.platform.smartcommunity.SmartCommunityFigures;

/**
 * The work streams' figures of one year for one region subtree, read once (a fixed number of SQL
 * statements) and then turned into indicator values.
 */
public record Snapshot(int year, RegionRef region, ServiceCenterFigures.Summary serviceCenter,
        SmartCommunityFigures.Summary smartCommunity, long smartPromotionMeetings,
        CommunityServiceFigures.Summary communityService, FeaturedFigures.Summary featured,
        LandLinkageFigures.Summary land, EcoTownFigures.Summary eco, long documentsIssued) {
}
