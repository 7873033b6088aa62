package cn.shequ.platform.indicator;

import cn.shequ.platform.document.DocumentFigures;
import cn.shequ.platform.document.MeetingKind;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.servicecenter.ServiceCenterFigures;
import cn.shequ.platform.shared.WorkStream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a {@link Snapshot} through the work-stream modules' public figure APIs. */
@Component
class SnapshotLoader {

    private final ServiceCenterFigures serviceCenters;
    private final DocumentFigures documents;

    SnapshotLoader(ServiceCenterFigures serviceCenters, DocumentFigures documents) {
        this.serviceCenters = serviceCenters;
        this.documents = documents;
    }

    @Transactional(readOnly = true)
    Snapshot load(int year, RegionRef region) {
        return new Snapshot(year, region, serviceCenters.summary(year, region),
                documents.documentsIssued(year, region, null),
                documents.meetingsHeld(year, region, WorkStream.SMART_COMMUNITY, MeetingKind.PROMOTION));
    }
}
