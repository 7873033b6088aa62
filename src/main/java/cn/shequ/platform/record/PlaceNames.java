package cn.shequ.platform.record;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionLevel;
import cn.shequ.platform.region.RegionRef;

/**
 * The names of the places on many region paths, read in one query: a record placed under a region path
 * (see {@link RecordKind#placed}) is shown as its town, community and village names run together
 * (枳沟镇北老屯社区北老屯村).
 */
public final class PlaceNames {

    private final Map<String, RegionRef> byCode;

    private PlaceNames(Map<String, RegionRef> byCode) {
        this.byCode = byCode;
    }

    public static PlaceNames of(RegionDirectory regions, Collection<String> paths) {
        Set<String> codes = new LinkedHashSet<>();
        paths.forEach(path -> Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).forEach(codes::add));
        if (codes.isEmpty()) {
            return new PlaceNames(Map.of());
        }
        return new PlaceNames(regions.ancestorsOf("/" + String.join("/", codes) + "/").stream()
                .collect(Collectors.toMap(RegionRef::code, r -> r, (a, b) -> a)));
    }

    /** The names from the town down, run together. */
    public String of(String path) {
        StringBuilder name = new StringBuilder();
        for (String code : path.split("/")) {
            RegionRef region = byCode.get(code);
            if (region != null && !region.level().isAbove(RegionLevel.TOWN)) {
                name.append(region.name());
            }
        }
        return name.toString();
    }

    /** The name of the region of a level on the path, or an empty string. */
    public String at(String path, RegionLevel level) {
        for (String code : path.split("/")) {
            RegionRef region = byCode.get(code);
            if (region != null && region.level() == level) {
                return region.name();
            }
        }
        return "";
    }
}
