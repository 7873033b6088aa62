package cn.shequ.platform.yearbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the year's tables as an .xlsx workbook laid out for print: a contents sheet, one sheet per
 * table (title, unit line, headers, rows, 合计, notes; borders, column widths, frozen headers, A4 with
 * the header rows repeated on every page) and a sheet of indicator definitions.
 */
final class TablesWorkbook {

    static final String FONT = "宋体";
    static final String HEADING_FONT = "黑体";
    static final int FIRST_DATA_ROW = 3;

    private TablesWorkbook() {
    }

    /** A definition of an indicator: name, unit and what it counts (指标解释). */
    record Definition(String name, String unit, String text) {
    }

    static byte[] write(String title, List<StatTable> tables, List<Definition> definitions) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet contents = workbook.createSheet("目录");
            title(contents, title, 2, styles);
            header(contents, 2, List.of("序号", "表名"), styles);
            int index = 0;
            for (StatTable table : tables) {
                Row row = contents.createRow(FIRST_DATA_ROW + index);
                cell(row, 0, String.valueOf(index + 1), styles.text);
                Cell name = cell(row, 1, table.title(), styles.link);
                XSSFHyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress("'" + table.sheet() + "'!A1");
                name.setHyperlink(link);
                index++;
            }
            Row row = contents.createRow(FIRST_DATA_ROW + index);
            cell(row, 0, String.valueOf(index + 1), styles.text);
            cell(row, 1, "指标解释", styles.text);
            contents.setColumnWidth(0, 8 * 256);
            contents.setColumnWidth(1, 50 * 256);
            print(contents, false);

            for (StatTable table : tables) {
                sheet(workbook.createSheet(table.sheet()), table, styles);
            }
            definitions(workbook.createSheet("指标解释"), definitions, styles);
            workbook.write(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void sheet(Sheet sheet, StatTable table, Styles styles) {
        int columns = table.headers().size();
        title(sheet, table.title(), columns, styles);
        Row unit = sheet.createRow(1);
        cell(unit, columns - 1, table.unit(), styles.unit);
        header(sheet, 2, table.headers(), styles);
        int r = FIRST_DATA_ROW;
        for (StatTable.Row data : table.rows()) {
            write(sheet.createRow(r++), data, columns, styles, false);
        }
        if (table.total() != null) {
            write(sheet.createRow(r++), table.total(), columns, styles, true);
        }
        for (StatTable.Row part : table.totalParts()) {
            write(sheet.createRow(r++), part, columns, styles, false);
        }
        for (String note : table.notes()) {
            Row row = sheet.createRow(r);
            cell(row, 0, note, styles.note);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
            r++;
        }
        sheet.setColumnWidth(0, 22 * 256);
        for (int c = 1; c < columns; c++) {
            sheet.setColumnWidth(c, Math.max(12, Math.min(30, table.headers().get(c).length() * 2 + 4)) * 256);
        }
        sheet.createFreezePane(1, FIRST_DATA_ROW);
        sheet.setRepeatingRows(new CellRangeAddress(0, FIRST_DATA_ROW - 1, -1, -1));
        print(sheet, columns > 7);
    }

    private static void write(Row row, StatTable.Row data, int columns, Styles styles, boolean total) {
        cell(row, 0, data.part() ? "　其中：" + data.label() : data.label(), total ? styles.totalText : styles.text);
        for (int c = 1; c < columns; c++) {
            Object value = c - 1 < data.values().size() ? data.values().get(c - 1) : null;
            Cell cell = row.createCell(c);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
                boolean whole = !(number instanceof java.math.BigDecimal);
                cell.setCellStyle(total ? (whole ? styles.totalInteger : styles.totalDecimal)
                        : (whole ? styles.integer : styles.decimal));
            }
            else {
                cell.setCellValue(value == null ? "" : String.valueOf(value));
                cell.setCellStyle(total ? styles.totalText : styles.text);
            }
        }
    }

    private static void definitions(Sheet sheet, List<Definition> definitions, Styles styles) {
        title(sheet, "指标解释", 3, styles);
        header(sheet, 2, List.of("指标", "计量单位", "指标解释"), styles);
        int r = FIRST_DATA_ROW;
        for (Definition definition : definitions) {
            Row row = sheet.createRow(r++);
            cell(row, 0, definition.name(), styles.text);
            cell(row, 1, definition.unit(), styles.text);
            cell(row, 2, definition.text(), styles.wrapped);
        }
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 10 * 256);
        sheet.setColumnWidth(2, 70 * 256);
        sheet.createFreezePane(0, FIRST_DATA_ROW);
        sheet.setRepeatingRows(new CellRangeAddress(0, FIRST_DATA_ROW - 1, -1, -1));
        print(sheet, false);
    }

    private static void title(Sheet sheet, String title, int columns, Styles styles) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(28);
        cell(row, 0, title, styles.title);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        }
    }

    private static void header(Sheet sheet, int rowIndex, List<String> headers, Styles styles) {
        Row row = sheet.createRow(rowIndex);
        row.setHeightInPoints(32);
        for (int c = 0; c < headers.size(); c++) {
            cell(row, c, headers.get(c), styles.header);
        }
    }

    private static void print(Sheet sheet, boolean landscape) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(landscape);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    private static Cell cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /** The workbook's cell styles, made once. */
    private static final class Styles {

        final CellStyle title;
        final CellStyle unit;
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle totalText;
        final CellStyle totalInteger;
        final CellStyle totalDecimal;
        final CellStyle note;
        final CellStyle link;

        Styles(XSSFWorkbook workbook) {
            Font titleFont = font(workbook, HEADING_FONT, 14, true);
            Font bodyFont = font(workbook, FONT, 10, false);
            Font boldFont = font(workbook, FONT, 10, true);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            unit = workbook.createCellStyle();
            unit.setFont(bodyFont);
            unit.setAlignment(HorizontalAlignment.RIGHT);
            header = bordered(workbook, boldFont);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(workbook, bodyFont);
            wrapped = bordered(workbook, bodyFont);
            wrapped.setWrapText(true);
            integer = number(workbook, bodyFont, "#,##0");
            decimal = number(workbook, bodyFont, "#,##0.0");
            totalText = bordered(workbook, boldFont);
            totalInteger = number(workbook, boldFont, "#,##0");
            totalDecimal = number(workbook, boldFont, "#,##0.0");
            note = workbook.createCellStyle();
            note.setFont(bodyFont);
            note.setWrapText(true);
            link = bordered(workbook, font(workbook, FONT, 10, false));
            Font linkFont = font(workbook, FONT, 10, false);
            linkFont.setUnderline(Font.U_SINGLE);
            linkFont.setColor(IndexedColors.BLUE.getIndex());
            link.setFont(linkFont);
        }

        private static Font font(XSSFWorkbook workbook, String name, int points, boolean bold) {
            Font font = workbook.createFont();
            font.setFontName(name);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            return font;
        }

        private static CellStyle bordered(XSSFWorkbook workbook, Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }

        private static CellStyle number(XSSFWorkbook workbook, Font font, String format) {
            CellStyle style = bordered(workbook, font);
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            style.setAlignment(HorizontalAlignment.RIGHT);
            return style;
        }
    }
}
