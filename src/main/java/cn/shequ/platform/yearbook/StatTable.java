package cn.shequ.platform.yearbook;

import java.util.List;

/**
 * A statistical table as a yearbook prints it: a title, a unit line, column headers, rows (by town,
 * with “其中” sub-rows where a figure has parts), a 合计 row and notes.
 *
 * @param sheet   the workbook sheet's short name
 * @param title   e.g. 2015年社区服务中心改造提升情况
 * @param unit    the unit line, e.g. 单位：个、万元
 * @param headers the column headers, the first being the rows' label column
 * @param rows    the rows in order
 * @param total   the 合计 row, or null
 * @param totalParts the “其中” rows under the 合计 row
 * @param notes   notes printed below (注：…)
 */
public record StatTable(String sheet, String title, String unit, List<String> headers, List<Row> rows, Row total,
        List<Row> totalParts, List<String> notes) {

    /** A table whose total has no parts. */
    public StatTable(String sheet, String title, String unit, List<String> headers, List<Row> rows, Row total,
            List<String> notes) {
        this(sheet, title, unit, headers, rows, total, List.of(), notes);
    }

    /**
     * A row: its label, its values (numbers, or text where a column holds text), and whether it is a
     * part (其中) of the row above.
     */
    public record Row(String label, List<Object> values, boolean part) {

        public static Row of(String label, Object... values) {
            return new Row(label, java.util.Arrays.asList(values), false);
        }

        public static Row partOf(String label, Object... values) {
            return new Row(label, java.util.Arrays.asList(values), true);
        }
    }
}
