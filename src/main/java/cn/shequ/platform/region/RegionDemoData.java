package cn.shequ.platform.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import cn.shequ.platform.demo.DemoDataset;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * About 200 communities of 诸城市 (every one the 2015 yearbook names, under its town) and their
 * villages, from {@code demo/region/zhucheng.csv}. The province, city, county and the 13 towns are
 * reference data that the migration already holds; the file lists them too, and they are reused.
 */
@Component
class RegionDemoData implements DemoDataset {

    static final String FILE = "demo/region/zhucheng.csv";

    private final Regions regions;
    private final RegionTree tree;

    RegionDemoData(Regions regions, RegionTree tree) {
        this.regions = regions;
        this.tree = tree;
    }

    @Override
    public String name() {
        return "region";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        Map<String, Region> byCode = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] c = line.split(",", -1);
                RegionLevel level = RegionLevel.valueOf(c[0]);
                var existing = regions.findByCode(c[1]);
                if (existing.isPresent()) {
                    byCode.put(c[1], existing.get());
                    continue;
                }
                Region region = c[3].isEmpty() ? Region.province(c[1], c[2]) : byCode.get(c[3]).child(c[1], c[2]);
                if (region.getLevel() != level) {
                    throw new IllegalStateException("demo region " + c[1] + " is not a " + level);
                }
                if (level == RegionLevel.COMMUNITY) {
                    region.describeCommunity(CommunityKind.valueOf(c[4]), Integer.valueOf(c[5]), Integer.valueOf(c[6]),
                            Boolean.parseBoolean(c[7]), Boolean.parseBoolean(c[8]), c[9].isEmpty() ? null : c[9]);
                }
                byCode.put(c[1], regions.save(region));
            }
            regions.flush();
            tree.changed();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
