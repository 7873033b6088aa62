/**
 * Work stream 2b, community services (社区服务软实力转型升级): public-welfare activities (公益活动),
 * enterprise–community pairings (结对帮扶) with their dated donations, and the “四社联动” pilots; the summary
 * figures and the pages of {@code /community-services}. It contributes its indicators, dashboard
 * charts, yearbook tables and entry facts in {@link
 * cn.shequ.platform.communityservice.CommunityServiceFiguresConfig}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community services")
package cn.shequ.platform.communityservice;
