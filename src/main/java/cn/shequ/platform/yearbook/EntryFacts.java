package cn.shequ.platform.yearbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The facts of a year the entry's templates name, as the work streams add them ({@link EntryFactSource}),
 * with the yearbook's ways of writing places and documents.
 */
public final class EntryFacts {

    static final String[] QUARTERS = {"一季度", "二季度", "三季度", "四季度"};

    private final Map<String, Object> facts = new LinkedHashMap<>();
    private final Supplier<List<String>> townNames;
    private List<String> towns;

    /** {@code townNames} is asked once, when a fact names a town. */
    EntryFacts(Supplier<List<String>> townNames) {
        this.townNames = townNames;
    }

    public EntryFacts put(String key, Object value) {
        facts.put(key, value);
        return this;
    }

    public Object get(String key) {
        return facts.get(key);
    }

    Map<String, Object> asMap() {
        return facts;
    }

    /** A document as the entry cites it: {@code key} its citation, with its number, month (3月) and quarter (一季度). */
    public void document(String key, String citation, String number, LocalDate issuedOn) {
        facts.put(key, citation);
        facts.put(key + ".number", number);
        facts.put(key + ".month", issuedOn.getMonthValue() + "月");
        facts.put(key + ".quarter", QUARTERS[(issuedOn.getMonthValue() - 1) / 3]);
    }

    /** The town a full community name starts with (龙都街道杨春社区 → 龙都街道), or "". */
    public String townOf(String fullName) {
        if (towns == null) {
            towns = townNames.get();
        }
        return towns.stream().filter(fullName::startsWith).findFirst().orElse("");
    }

    /**
     * Communities named with their towns, grouped by town as the yearbook writes them:
     * 龙都街道杨春社区、岔道口社区，枳沟镇东枳沟社区、乔庄社区; null for none.
     */
    public String byTown(List<String> fullNames) {
        if (fullNames.isEmpty()) {
            return null;
        }
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (String name : fullNames) {
            String town = townOf(name);
            grouped.computeIfAbsent(town, t -> new ArrayList<>()).add(name.substring(town.length()));
        }
        List<String> parts = new ArrayList<>();
        grouped.forEach((town, names) -> parts.add(town + String.join("、", names)));
        return String.join("，", parts);
    }

    /** A list joined with 、 and a final 和 (北老屯和富荣). */
    public static String joinedWithAnd(List<String> items) {
        return Formats.apply(items, "和");
    }
}
