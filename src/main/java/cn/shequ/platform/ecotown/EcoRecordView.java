package cn.shequ.platform.ecotown;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.shequ.platform.region.CommunityRef;

/**
 * What the shared record page ({@code ecotown/record.html}) shows of one record: a heading, its
 * fields as label and value (a value is text or a message key), where its list, edit and delete
 * actions are, and its History tab's label prefix.
 *
 * @param tab          the module tab the record belongs to
 * @param heading      the heading text
 * @param listPath     the list the breadcrumb leads back to
 * @param listLabelKey the list's label
 * @param editPath     the edit form, or null
 * @param deletePath   the delete action, or null when the record cannot be deleted
 * @param officeOnly   only office staff may edit it (reference data)
 * @param labelPrefix  the prefix of the field labels in the History tab
 * @param community    the community the record is placed in, or null
 * @param rows         the fields shown
 */
record EcoRecordView(String tab, String heading, String listPath, String listLabelKey, String editPath, String deletePath,
        boolean officeOnly, String labelPrefix, CommunityRef community, List<Row> rows) {

    /** A field: its label key and either a text or a message key for the value. */
    record Row(String labelKey, String text, String textKey) {
    }

    static Builder of(String tab, String heading, String labelPrefix) {
        return new Builder(tab, heading, labelPrefix);
    }

    static final class Builder {

        private final String tab;
        private final String heading;
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

        Builder list(String path, String labelKey) {
            this.listPath = path;
            this.listLabelKey = labelKey;
            return this;
        }

        Builder edit(String path) {
            this.editPath = path;
            return this;
        }

        Builder delete(String path) {
            this.deletePath = path;
            return this;
        }

        Builder officeOnly() {
            this.officeOnly = true;
            return this;
        }

        Builder community(CommunityRef community) {
            this.community = community;
            return this;
        }

        /** A field shown as text ("—" when empty; numbers without trailing zeros). */
        Builder text(String field, Object value) {
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

        /** A field shown as a message: an enum's label, yes or no. */
        Builder label(String field, String messageKey) {
            rows.add(messageKey == null ? new Row(labelPrefix + "." + field, "—", null)
                    : new Row(labelPrefix + "." + field, null, messageKey));
            return this;
        }

        Builder enumLabel(String field, Enum<?> value) {
            return label(field, value == null ? null : "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
        }

        Builder yesNo(String field, boolean value) {
            return label(field, value ? "yes" : "no");
        }

        EcoRecordView build() {
            return new EcoRecordView(tab, heading, listPath, listLabelKey, editPath, deletePath, officeOnly, labelPrefix,
                    community, List.copyOf(rows));
        }
    }
}
