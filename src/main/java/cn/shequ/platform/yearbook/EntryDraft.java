package cn.shequ.platform.yearbook;

import java.util.List;

/**
 * A rendered yearbook entry: the title, then items 【概况】, 【社区硬件设施提升改造】 …, each of
 * paragraphs made of text and, where the records lack a figure a template names, visible gaps.
 */
public record EntryDraft(String title, List<Item> items) {

    /** A titled item; its first paragraph follows the heading on the same line, as the yearbook prints it. */
    public record Item(String heading, List<Paragraph> paragraphs) {
    }

    public record Paragraph(List<Segment> segments) {

        public String text() {
            StringBuilder text = new StringBuilder();
            segments.forEach(s -> text.append(s.text()));
            return text.toString();
        }
    }

    /** A run of text; {@code gap} when it stands for a figure the records do not have. */
    public record Segment(String text, boolean gap) {
    }

    /** The whole entry as plain text, in the seed's shape. */
    public String plainText() {
        StringBuilder text = new StringBuilder(title).append('\n');
        for (Item item : items) {
            for (int i = 0; i < item.paragraphs().size(); i++) {
                if (i == 0 && item.heading() != null) {
                    text.append('【').append(item.heading()).append("】 ");
                }
                text.append(item.paragraphs().get(i).text()).append('\n');
            }
        }
        return text.toString();
    }

    /** The placeholders the records could not fill. */
    public List<String> gaps() {
        return items.stream().flatMap(i -> i.paragraphs().stream()).flatMap(p -> p.segments().stream())
                .filter(Segment::gap).map(Segment::text).toList();
    }
}
