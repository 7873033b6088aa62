package cn.shequ.platform.indicator;

import cn.shequ.platform.communityservice.CommunityServiceFigures;
import cn.shequ.platform.document.DocumentFigures;
import cn.shequ.platform.document.MeetingKind;
import cn.shequ.platform.ecotown.EcoTownFigures;
import cn.shequ.platform.featured.FeaturedFigures;
import cn.shequ.platform.landlinkage.LandLinkageFigures;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.servicecenter.ServiceCenterFigures;
import cn.shequ.platform.shared.WorkStream;
import cn.shequ.platform.smartcommunity.SmartCommunityFigures;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a {@link Snapshot} through the work-stream modules' public figure APIs. */
@Component
class SnapshotLoader {

    private final ServiceCenterFigures serviceCenters;
    private final SmartCommunityFigures smartCommunities;
    private final CommunityServiceFigures communityServices;
    private final FeaturedFigures featured;
    private final LandLinkageFigures land;
    private final EcoTownFigures eco;
    private final DocumentFigures documents;

    SnapshotLoader(ServiceCenterFigures serviceCenters, SmartCommunityFigures smartCommunities,
            CommunityServiceFigures communityServices, FeaturedFigures featured, LandLinkageFigures land,
            EcoTownFigures eco, DocumentFigures documents) {
        this.land = land;
        this.featured = featured;
        this.serviceCenters = serviceCenters;
        this.smartCommunities = smartCommunities;
        this.communityServices = communityServices;
        this.eco = eco;
        this.documents = documents;
    }

    @Transactional(readOnly = true)
    Snapshot load(int year, RegionRef region) {
        return new Snapshot(year, region, serviceCenters.summary(year, region), smartCommunities.summary(year, region),
                documents.meetingsHeld(year, region, WorkStream.SMART_COMMUNITY, MeetingKind.PROMOTION),
                communityServices.summary(year, region), featured.summary(year, region),
                land.summary(year, region), eco.summary(year, region),
                documents.documentsIssued(year, region, null));
    }
}
