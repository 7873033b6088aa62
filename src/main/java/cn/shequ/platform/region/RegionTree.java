package cn.shequ.platform.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The whole region tree in memory (ids, codes, names, paths and the communities' facts: about 5 MB
 * for a province of 35,000 communities), read in one query the first time it is asked for and kept
 * until a region changes. {@link RegionService} calls {@link #changed()} after each change it saves:
 * the transaction that made it reads its own tree from then on, and every other reader gets a fresh
 * one once it ends (committed or rolled back). The tree itself is unscoped; {@link RegionDirectory}
 * bounds what it gives by the user's data scope.
 */
@Component
class RegionTree {

    private static final String SELECT = "select id, code, name, level, path, parent_id, kind, households, population, "
            + "along_river, along_road, aggregation_zone from region order by path";

    private final JdbcTemplate jdbc;

    /** Counts the changes; a tree read while one was made is not kept. */
    private final AtomicLong changes = new AtomicLong();

    private volatile Snapshot snapshot;

    RegionTree(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tree as the current transaction sees it. */
    Snapshot current() {
        if (TransactionSynchronizationManager.getResource(this) instanceof Holder own) {
            if (own.snapshot == null) {
                own.snapshot = load();
            }
            return own.snapshot;
        }
        Snapshot kept = snapshot;
        if (kept == null) {
            long before = changes.get();
            kept = load();
            if (changes.get() == before) {
                snapshot = kept;
            }
        }
        return kept;
    }

    /** A region was created or changed (and flushed) in the current transaction. */
    void changed() {
        changes.incrementAndGet();
        snapshot = null;
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        if (TransactionSynchronizationManager.getResource(this) instanceof Holder own) {
            own.snapshot = null;
            return;
        }
        TransactionSynchronizationManager.bindResource(this, new Holder());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(RegionTree.this);
                changes.incrementAndGet();
                snapshot = null;
            }
        });
    }

    private Snapshot load() {
        List<Node> nodes = jdbc.query(SELECT, (rs, row) -> new Node(
                new RegionRef(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        RegionLevel.valueOf(rs.getString("level")), rs.getString("path"),
                        (Long) rs.getObject("parent_id", Long.class)),
                rs.getString("kind") == null ? null : CommunityKind.valueOf(rs.getString("kind")),
                rs.getInt("households"), rs.getInt("population"), rs.getBoolean("along_river"),
                rs.getBoolean("along_road"), rs.getString("aggregation_zone")));
        return new Snapshot(nodes);
    }

    /** The tree's part in a transaction that changed regions. */
    private static final class Holder {
        Snapshot snapshot;
    }

    private record Node(RegionRef region, CommunityKind kind, int households, int population, boolean alongRiver,
            boolean alongRoad, String aggregationZone) {
    }

    /** One reading of the tree: every region in path order, by id, by code, by level and by parent. */
    static final class Snapshot {

        private final List<RegionRef> inPathOrder;
        private final Map<Long, RegionRef> byId = new HashMap<>();
        private final Map<String, RegionRef> byCode = new HashMap<>();
        private final Map<Long, CommunityRef> communities = new HashMap<>();
        private final List<CommunityRef> communitiesInPathOrder = new ArrayList<>();
        private final Map<Long, List<RegionRef>> children = new HashMap<>();

        private Snapshot(List<Node> nodes) {
            inPathOrder = nodes.stream().map(Node::region).toList();
            for (RegionRef region : inPathOrder) {
                byId.put(region.id(), region);
                byCode.put(region.code(), region);
                if (region.parentId() != null) {
                    children.computeIfAbsent(region.parentId(), id -> new ArrayList<>()).add(region);
                }
            }
            children.values().forEach(list -> list.sort(Comparator.comparing(RegionRef::code)));
            for (Node node : nodes) {
                RegionRef r = node.region();
                if (r.level() == RegionLevel.COMMUNITY) {
                    RegionRef town = byId.get(r.parentId());
                    CommunityRef community = new CommunityRef(r.id(), r.code(), r.name(), r.path(), town.id(), town.name(),
                            node.kind(), node.households(), node.population(), node.alongRiver(), node.alongRoad(),
                            node.aggregationZone());
                    communities.put(r.id(), community);
                    communitiesInPathOrder.add(community);
                }
            }
        }

        RegionRef region(long id) {
            return byId.get(id);
        }

        RegionRef byCode(String code) {
            return byCode.get(code);
        }

        CommunityRef community(long id) {
            return communities.get(id);
        }

        /** Every region in path order (a region before those under it). */
        List<RegionRef> regions() {
            return inPathOrder;
        }

        /** Every community in path order. */
        List<CommunityRef> communities() {
            return communitiesInPathOrder;
        }

        /** A region's children by code. */
        List<RegionRef> children(long parentId) {
            return children.getOrDefault(parentId, List.of());
        }
    }
}
