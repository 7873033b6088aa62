package cn.shequ.platform.region;

import java.util.Optional;

import cn.shequ.platform.audit.RecordNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names regions in the History tab, by id ({@code communityId}, {@code townId} …) or by region path
 * ({@code regionPath}), as {@link RegionDirectory#placeName(String)} does: whatever the reader's
 * scope, since a record in the scope may name a region above it (a document of the county).
 */
@Component
@Transactional(readOnly = true)
class RegionRecordNames implements RecordNames {

    private final Regions regions;
    private final RegionDirectory directory;

    RegionRecordNames(Regions regions, RegionDirectory directory) {
        this.regions = regions;
        this.directory = directory;
    }

    @Override
    public Class<?> type() {
        return Region.class;
    }

    @Override
    public Optional<String> nameOf(Object key) {
        if (key instanceof Number id) {
            return regions.findPathById(id.longValue()).flatMap(directory::placeName);
        }
        return key instanceof String path ? directory.placeName(path) : Optional.empty();
    }
}
