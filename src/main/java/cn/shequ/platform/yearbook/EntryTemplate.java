package cn.shequ.platform.yearbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentence templates of the entry. The text has a title line ({@code # 社区建设}), items
 * ({@code ## 概况}) and paragraphs separated by blank lines; inside, {@code {key}} or
 * {@code {key|format}} stands for a figure or a fact of the year (see {@link Formats}). A key the
 * records cannot fill renders as a visible gap, never as 0.
 */
public final class EntryTemplate {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)(?:\\|([^}]+))?}");
    static final String GAP = "【缺：%s】";

    private final String text;

    public EntryTemplate(String text) {
        this.text = text == null ? "" : text.replace("\r\n", "\n");
    }

    public String text() {
        return text;
    }

    /** Renders the entry with the year's facts; a gap names its key. */
    public EntryDraft render(Map<String, Object> facts) {
        return render(facts, key -> key);
    }

    /** Renders the entry with the year's facts; a gap reads 【缺：…】 with what the label says is missing. */
    public EntryDraft render(Map<String, Object> facts, java.util.function.UnaryOperator<String> gapLabel) {
        String title = "";
        List<EntryDraft.Item> items = new ArrayList<>();
        String heading = null;
        List<EntryDraft.Paragraph> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        boolean started = false;
        for (String raw : (text + "\n").split("\n", -1)) {
            String line = raw.strip();
            if (line.startsWith("## ") || line.isEmpty() || line.startsWith("# ")) {
                if (paragraph.length() > 0) {
                    paragraphs.add(paragraph(paragraph.toString(), facts, gapLabel));
                    paragraph.setLength(0);
                }
            }
            if (line.startsWith("## ")) {
                if (started) {
                    items.add(new EntryDraft.Item(heading, List.copyOf(paragraphs)));
                }
                paragraphs.clear();
                heading = line.substring(3).strip();
                started = true;
            }
            else if (line.startsWith("# ")) {
                title = line.substring(2).strip();
            }
            else if (!line.isEmpty()) {
                if (!started) {
                    started = true;
                }
                paragraph.append(line);
            }
        }
        if (started) {
            items.add(new EntryDraft.Item(heading, List.copyOf(paragraphs)));
        }
        return new EntryDraft(title, items);
    }

    /** The placeholders a template uses, for checking it against the facts. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private static EntryDraft.Paragraph paragraph(String line, Map<String, Object> facts,
            java.util.function.UnaryOperator<String> gapLabel) {
        List<EntryDraft.Segment> segments = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(line);
        int last = 0;
        while (matcher.find()) {
            if (matcher.start() > last) {
                segments.add(new EntryDraft.Segment(line.substring(last, matcher.start()), false));
            }
            String key = matcher.group(1);
            String value = Formats.apply(facts.get(key), matcher.group(2));
            if (value == null) {
                segments.add(new EntryDraft.Segment(GAP.formatted(gapLabel.apply(key)), true));
            }
            else {
                segments.add(new EntryDraft.Segment(value, false));
            }
            last = matcher.end();
        }
        if (last < line.length()) {
            segments.add(new EntryDraft.Segment(line.substring(last), false));
        }
        return new EntryDraft.Paragraph(segments);
    }
}
