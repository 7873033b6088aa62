package cn.shequ.platform.record;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.web.FigureFormat;

/**
 * What the shared record page ({@code record/record.html}) shows of one record: a heading, its
 * fields as label and value (a value is text or a message key), where its module, list, edit and
 * delete actions are, and its History tab's label prefix.
 *
 * @param tab          the module tab the record belongs to
 * @param modulePath   the module's home page, the breadcrumb's first step
 * @param moduleKey    the module's title
 * @param heading      the heading text
 * @param crumb        what the breadcrumb and the title call the record (by default its heading)
 * @param listPath     the list the breadcrumb leads back to
 * @param listLabelKey the list's label
 * @param editPath     the edit form, or null
 * @param deletePath   the delete action, or null when the record cannot be deleted
 * @param officeOnly   only office staff may edit it (reference data)
 * @param labelPrefix  the prefix of the field labels in the History tab
 * @param community    the community the record is placed in, or null
 * @param communityPath the page of the community's records in this module (its id appended)
 * @param rows         the fields shown
 */
public record RecordView(String tab, String modulePath, String moduleKey, String heading, String crumb, String listPath,
        String listLabelKey, String editPath, String deletePath, boolean officeOnly, String labelPrefix,
        CommunityRef community, String communityPath, List<Row> rows) {

    /**
     * A field: its label key and either a text or a message key for the value, the page it links to
     * (or null) and a message shown as a badge after it (or null).
     */
    public record Row(String labelKey, String text, String textKey, String href, String badgeKey) {

        Row(String labelKey, String text, String textKey) {
            this(labelKey, text, textKey, null, null);
        }
    }

    public static Builder of(String tab, String heading, String labelPrefix) {
        return new Builder(tab, heading, labelPrefix);
    }

    public static final class Builder {

        private static final FigureFormat FIGURES = new FigureFormat();

        private final String tab;
        private String modulePath;
        private String moduleKey;
        private String communityPath;
        private final String heading;
        private String crumb;
        private final String labelPrefix;
        private String listPath;
        private String listLabelKey;
        private String editPath;
        private String deletePath;
        private boolean officeOnly;
        private CommunityRef community;
        private final List<Row> rows = new ArrayList<>();

        private Builder(String tab, String heading, String labelPrefix) {
            this.tab = tab;
            this.heading = heading;
            this.labelPrefix = labelPrefix;
        }

        /** The module the record belongs to: its home page and title, and its page of a community's records. */
        public Builder module(String path, String titleKey, String communityPath) {
            this.modulePath = path;
            this.moduleKey = titleKey;
            this.communityPath = communityPath;
            return this;
        }

        /** What the breadcrumb and the title call the record, when not its heading. */
        public Builder crumb(String crumb) {
            this.crumb = crumb;
            return this;
        }

        public Builder list(String path, String labelKey) {
            this.listPath = path;
            this.listLabelKey = labelKey;
            return this;
        }

        public Builder edit(String path) {
            this.editPath = path;
            return this;
        }

        public Builder delete(String path) {
            this.deletePath = path;
            return this;
        }

        public Builder officeOnly() {
            this.officeOnly = true;
            return this;
        }

        public Builder community(CommunityRef community) {
            this.community = community;
            return this;
        }

        /** A field shown as text ("—" when empty; numbers without trailing zeros). */
        public Builder text(String field, Object value) {
            String text;
            if (value == null || (value instanceof String s && s.isBlank())) {
                text = "—";
            }
            else if (value instanceof BigDecimal d) {
                text = d.stripTrailingZeros().toPlainString();
            }
            else {
                text = value.toString();
            }
            rows.add(new Row(labelPrefix + "." + field, text, null));
            return this;
        }

        /** An amount shown as the lists show it: two decimals, digits grouped. */
        public Builder money(String field, BigDecimal value) {
            return text(field, value == null ? null : FIGURES.money(value));
        }

        /** A field shown as a link to another page, with a message as a badge after it (or null). */
        public Builder link(String field, String text, String href, String badgeKey) {
            rows.add(new Row(labelPrefix + "." + field, text, null, href, badgeKey));
            return this;
        }

        /** A field shown as a message: an enum's label, yes or no. */
        public Builder label(String field, String messageKey) {
            rows.add(messageKey == null ? new Row(labelPrefix + "." + field, "—", null)
                    : new Row(labelPrefix + "." + field, null, messageKey));
            return this;
        }

        public Builder enumLabel(String field, Enum<?> value) {
            return label(field, value == null ? null : "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
        }

        public Builder yesNo(String field, boolean value) {
            return label(field, value ? "yes" : "no");
        }

        public RecordView build() {
            return new RecordView(tab, modulePath, moduleKey, heading, crumb != null ? crumb : heading, listPath,
                    listLabelKey, editPath, deletePath, officeOnly, labelPrefix,
                    community, communityPath, List.copyOf(rows));
        }
    }
}
