package cn.shequ.platform.landlinkage;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import cn.shequ.platform.record.PlaceNames;
import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionLevel;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.shared.RuleViolationException.Violation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The project library as a spreadsheet: the template (headers and one example row), the export of a
 * filtered list, and the reading and checking of an upload. An upload is refused as a whole when the
 * file is too large, has too many rows, is not a spreadsheet or has other headers; otherwise every row
 * is checked (required cells, numbers, a known town, community and village inside the user's scope,
 * the site rules, duplicates inside the file and against the library) and the problems are listed by
 * row number. Only a file without any problem is saved, all rows at once.
 */
@Component
class LandLibrarySpreadsheet {

    /** An upload larger than this is refused (the servlet's own limit, 5MB, stops larger ones earlier). */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    /** More data rows than this are refused; the reading stops at the first row past it. */
    static final int MAX_ROWS = 1000;

    /**
     * An .xlsx is a zip: more uncompressed bytes than this in its sheet or in its shared strings are
     * refused (the template with {@link #MAX_ROWS} full rows and long notes stays far below).
     */
    static final long MAX_CONTENT_BYTES = 20L * 1024 * 1024;

    /** The same bound for the styles part, which POI holds as objects (a file of ordinary formatting has some KB). */
    static final long MAX_STYLES_BYTES = 2L * 1024 * 1024;

    /** The header keys, in column order: name, kind, town, community, village, area, reclaimable, year, notes. */
    static final List<String> COLUMNS = List.of("name", "kind", "town", "community", "village", "area",
            "reclaimableArea", "enteredYear", "notes");

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RegionDirectory regions;
    private final LandLibraryEntries library;
    private final MessageSource messages;

    LandLibrarySpreadsheet(RegionDirectory regions, LandLibraryEntries library, MessageSource messages) {
        this.regions = regions;
        this.library = library;
        this.messages = messages;
    }

    /** A problem of one row (its spreadsheet row number) or, with row 0, of the whole file. */
    record Problem(int row, String column, String messageKey, Object... args) {
    }

    /** What an upload gave: the rows to save when there is no problem. */
    record Result(List<LandLibraryEntry.Details> rows, List<Problem> problems) {

        boolean ok() {
            return problems.isEmpty();
        }
    }

    byte[] template(int year) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = header(workbook);
            Row example = sheet.createRow(1);
            example.createCell(0).setCellValue(text("landlinkage.sheet.example.name"));
            example.createCell(1).setCellValue(text("enum.LandSiteKind.INDUSTRIAL"));
            example.createCell(2).setCellValue(text("landlinkage.sheet.example.town"));
            example.createCell(5).setCellValue(35.5);
            example.createCell(6).setCellValue(30);
            example.createCell(7).setCellValue(year);
            example.createCell(8).setCellValue(text("landlinkage.sheet.example.notes"));
            return bytes(workbook);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Transactional(readOnly = true)
    byte[] export(List<LandLibraryEntry> entries) {
        PlaceNames names = PlaceNames.of(regions, entries.stream().map(LandLibraryEntry::getRegionPath).toList());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = header(workbook);
            sheet.getRow(0).createCell(COLUMNS.size()).setCellValue(text("landlinkage.field.status"));
            int index = 1;
            for (LandLibraryEntry entry : entries) {
                Row row = sheet.createRow(index++);
                row.createCell(0).setCellValue(entry.getName());
                row.createCell(1).setCellValue(text("enum.LandSiteKind." + entry.getKind()));
                row.createCell(2).setCellValue(names.at(entry.getRegionPath(), RegionLevel.TOWN));
                row.createCell(3).setCellValue(names.at(entry.getRegionPath(), RegionLevel.COMMUNITY));
                row.createCell(4).setCellValue(names.at(entry.getRegionPath(), RegionLevel.VILLAGE));
                row.createCell(5).setCellValue(entry.getArea().doubleValue());
                row.createCell(6).setCellValue(entry.getReclaimableArea().doubleValue());
                row.createCell(7).setCellValue(entry.getEnteredYear());
                row.createCell(8).setCellValue(entry.getNotes() == null ? "" : entry.getNotes());
                row.createCell(9).setCellValue(text("enum.LandLibraryStatus." + entry.getStatus()));
            }
            return bytes(workbook);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Reads and checks an upload (nothing is saved here). */
    @Transactional(readOnly = true)
    Result read(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return refused("landlinkage.import.error.empty");
        }
        if (file.getSize() > MAX_BYTES) {
            return refused("landlinkage.import.error.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        String filename = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (!filename.endsWith(".xlsx") && !filename.endsWith(".xls")) {
            return refused("landlinkage.import.error.notSpreadsheet");
        }
        Path copy = null;
        try {
            copy = Files.createTempFile("land-library-", ".upload");
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return check(rows(copy));
        }
        catch (Refusal refusal) {
            return refused(refusal.key, refusal.args);
        }
        catch (IOException | SAXException | ParserConfigurationException | OpenXML4JException | RuntimeException ex) {
            if (causedBy(ex, Refusal.class) instanceof Refusal refusal) {
                return refused(refusal.key, refusal.args);
            }
            if (causedBy(ex, ContentTooLarge.class) != null || zipBomb(ex)) {
                return refused("landlinkage.import.error.tooMuchContent", MAX_CONTENT_BYTES / 1024 / 1024);
            }
            return refused("landlinkage.import.error.notSpreadsheet");
        }
        finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                }
                catch (IOException ex) {
                    copy.toFile().deleteOnExit();
                }
            }
        }
    }

    /**
     * The first sheet's data rows. An .xlsx is read as a stream of XML events (never loaded whole): the
     * sheet, its shared strings and its styles are read through a counter that stops past a bound,
     * and the reading stops at the first row past {@link #MAX_ROWS}. A formula cell gives the value
     * it last calculated, never its formula. An .xls (binary, not compressed, at most
     * {@link #MAX_BYTES}) is read with the user model.
     */
    private List<SheetRow> rows(Path copy) throws IOException, SAXException, ParserConfigurationException,
            OpenXML4JException {
        FileMagic magic = FileMagic.valueOf(copy.toFile());
        RowCollector collector = new RowCollector(headers(), text("landlinkage.sheet.example.name"));
        if (magic == FileMagic.OOXML) {
            try (OPCPackage pkg = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable strings = null;
                for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
                    try (InputStream in = new CountingStream(part.getInputStream(), MAX_CONTENT_BYTES)) {
                        strings = new ReadOnlySharedStringsTable(in, false);
                    }
                    break;
                }
                StylesTable styles = new StylesTable();
                for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType())) {
                    try (InputStream in = new CountingStream(part.getInputStream(), MAX_STYLES_BYTES)) {
                        styles = new StylesTable(in);
                    }
                    break;
                }
                Iterator<InputStream> sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new IOException("no sheet");
                }
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new SheetEvents(styles, strings, collector));
                try (InputStream sheet = new CountingStream(sheets.next(), MAX_CONTENT_BYTES)) {
                    parser.parse(new InputSource(sheet));
                }
            }
        }
        else if (magic == FileMagic.OLE2) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(copy));
                    Workbook workbook = new HSSFWorkbook(in)) {
                DataFormatter formatter = new DataFormatter(Locale.ROOT);
                for (Row row : workbook.getSheetAt(0)) {
                    collector.startRow(row.getRowNum());
                    for (Cell cell : row) {
                        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                                : cell.getCellType();
                        switch (type) {
                            case NUMERIC -> collector.cell(cell.getColumnIndex(), formatter.formatRawCellContents(
                                    cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                                    cell.getCellStyle().getDataFormatString()), BigDecimal.valueOf(cell.getNumericCellValue()));
                            case STRING -> collector.cell(cell.getColumnIndex(), cell.getStringCellValue(), null);
                            case BOOLEAN -> collector.cell(cell.getColumnIndex(),
                                    cell.getBooleanCellValue() ? "TRUE" : "FALSE", null);
                            default -> {
                            }
                        }
                    }
                    collector.endRow();
                }
            }
        }
        else {
            throw new IOException("not a spreadsheet: " + magic);
        }
        return collector.finish();
    }

    private List<String> headers() {
        return COLUMNS.stream().map(column -> text("landlinkage.sheet." + column)).toList();
    }

    private Result check(List<SheetRow> rows) {
        if (rows.isEmpty()) {
            return refused("landlinkage.import.error.noRows");
        }
        List<Problem> problems = new ArrayList<>();
        List<LandLibraryEntry.Details> details = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<Long, List<RegionRef>> villagesByCommunity = new HashMap<>();
        List<RegionRef> towns = regions.towns();
        for (SheetRow row : rows) {
            int number = row.number();
            List<Problem> rowProblems = new ArrayList<>();
            String name = required(row, 0, rowProblems);
            String kindText = required(row, 1, rowProblems);
            String townName = required(row, 2, rowProblems);
            String communityName = row.text(3);
            String villageName = row.text(4);
            BigDecimal area = number(row, 5, rowProblems);
            BigDecimal reclaimable = number(row, 6, rowProblems);
            BigDecimal year = number(row, 7, rowProblems);
            String notes = row.text(8);

            LandSiteKind kind = null;
            if (kindText != null) {
                kind = kindText.equals(text("enum.LandSiteKind.VILLAGE")) ? LandSiteKind.VILLAGE
                        : kindText.equals(text("enum.LandSiteKind.INDUSTRIAL")) ? LandSiteKind.INDUSTRIAL : null;
                if (kind == null) {
                    rowProblems.add(new Problem(number, "kind", "landlinkage.import.error.kind", kindText));
                }
            }
            Integer enteredYear = null;
            if (year != null) {
                if (year.stripTrailingZeros().scale() > 0 || year.intValue() < 2000 || year.intValue() > 2100) {
                    rowProblems.add(new Problem(number, "enteredYear", "landlinkage.import.error.year"));
                }
                else {
                    enteredYear = year.intValue();
                }
            }
            if (name != null && name.length() > 100) {
                rowProblems.add(new Problem(number, "name", "landlinkage.import.error.tooLong", 100));
            }
            if (notes.length() > 2000) {
                rowProblems.add(new Problem(number, "notes", "landlinkage.import.error.tooLong", 2000));
            }

            RegionRef town = null;
            CommunityRef community = null;
            RegionRef village = null;
            if (townName != null) {
                town = towns.stream().filter(t -> t.name().equals(townName)).findFirst().orElse(null);
                if (town == null) {
                    rowProblems.add(new Problem(number, "town", "landlinkage.import.error.town", townName));
                }
            }
            if (town != null && !communityName.isEmpty()) {
                RegionRef inTown = town;
                community = regions.communitiesUnder(inTown).stream().filter(c -> c.name().equals(communityName))
                        .findFirst().orElse(null);
                if (community == null) {
                    rowProblems.add(new Problem(number, "community", "landlinkage.import.error.community",
                            communityName, townName));
                }
            }
            if (!villageName.isEmpty()) {
                if (communityName.isEmpty()) {
                    rowProblems.add(new Problem(number, "community", "landlinkage.import.error.communityForVillage"));
                }
                else if (community != null) {
                    CommunityRef in = community;
                    village = villagesByCommunity.computeIfAbsent(in.id(), regions::children).stream()
                            .filter(v -> v.name().equals(villageName)).findFirst().orElse(null);
                    if (village == null) {
                        rowProblems.add(new Problem(number, "village", "landlinkage.import.error.village",
                                villageName, communityName));
                    }
                }
            }

            if (town != null && name != null) {
                String key = town.id() + "|" + name;
                Integer first = seen.putIfAbsent(key, number);
                if (first != null) {
                    rowProblems.add(new Problem(number, "name", "landlinkage.import.error.duplicateInFile", first));
                }
                else if (library.existsInTown(town.id(), name)) {
                    rowProblems.add(new Problem(number, "name", "landlinkage.import.error.duplicateInLibrary", name, townName));
                }
            }

            if (rowProblems.isEmpty()) {
                String path = village != null ? village.path() : community != null ? community.path() : town.path();
                LandLibraryEntry.Details entry = new LandLibraryEntry.Details(name, kind, town.id(),
                        community == null ? null : community.id(), village == null ? null : village.id(), path,
                        enteredYear, area, reclaimable, notes);
                for (Violation violation : LandLibraryEntry.check(entry)) {
                    rowProblems.add(new Problem(number, column(violation.field()), violation.messageKey(), violation.args()));
                }
                details.add(entry);
            }
            problems.addAll(rowProblems);
        }
        return new Result(problems.isEmpty() ? details : List.of(), problems);
    }

    /** The message of a problem, for the page: "第 5 行 · 面积（亩）：不能为负数". */
    String describe(Problem problem) {
        Locale locale = LocaleContextHolder.getLocale();
        String message = messages.getMessage(problem.messageKey(), problem.args(), problem.messageKey(), locale);
        if (problem.column() == null) {
            return message;
        }
        return messages.getMessage("landlinkage.import.problem", new Object[] {text("landlinkage.sheet." + problem.column()),
                message}, locale);
    }

    private static String column(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "villageId" -> "village";
            case "communityId" -> "community";
            case "townId" -> "town";
            default -> COLUMNS.contains(field) ? field : null;
        };
    }

    private Sheet header(XSSFWorkbook workbook) {
        Sheet sheet = workbook.createSheet(text("landlinkage.sheet.title"));
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(0);
        for (int c = 0; c < COLUMNS.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(text("landlinkage.sheet." + COLUMNS.get(c)));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(c, c == 0 || c == 8 ? 30 * 256 : 14 * 256);
        }
        return sheet;
    }

    private static String required(SheetRow row, int column, List<Problem> problems) {
        String value = row.text(column);
        if (value.isEmpty()) {
            problems.add(new Problem(row.number(), COLUMNS.get(column), "validation.required"));
            return null;
        }
        return value;
    }

    private static BigDecimal number(SheetRow row, int column, List<Problem> problems) {
        if (row.numbers()[column] != null) {
            return row.numbers()[column];
        }
        String value = required(row, column, problems);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        }
        catch (NumberFormatException ex) {
            problems.add(new Problem(row.number(), COLUMNS.get(column), "landlinkage.import.error.number", value));
            return null;
        }
    }

    private static Result refused(String key, Object... args) {
        return new Result(List.of(), List.of(new Problem(0, null, key, args)));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    /** POI's own guard against a zip that inflates far more than any spreadsheet (its message is all it gives). */
    private static boolean zipBomb(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().startsWith("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable causedBy(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return cause;
            }
        }
        return null;
    }

    /** A data row as read: its spreadsheet row number, each column's text and, for a numeric cell, its number. */
    private record SheetRow(int number, String[] texts, BigDecimal[] numbers) {

        String text(int column) {
            return texts[column];
        }
    }

    /**
     * Gathers the rows while the sheet is read: checks the header row when it ends, skips blank rows and
     * the template's example row, and refuses the file at the first data row past {@link #MAX_ROWS}.
     */
    private static final class RowCollector {

        private final List<String> headers;
        private final String exampleName;
        private final List<SheetRow> rows = new ArrayList<>();
        private boolean headerSeen;
        private int rowIndex = -1;
        private String[] texts;
        private BigDecimal[] numbers;

        RowCollector(List<String> headers, String exampleName) {
            this.headers = headers;
            this.exampleName = exampleName;
        }

        void startRow(int index) {
            if (index > 0 && !headerSeen) {
                throw new Refusal("landlinkage.import.error.headers");
            }
            rowIndex = index;
            texts = new String[COLUMNS.size()];
            java.util.Arrays.fill(texts, "");
            numbers = new BigDecimal[COLUMNS.size()];
        }

        void cell(int column, String text, BigDecimal number) {
            if (column >= 0 && column < COLUMNS.size()) {
                texts[column] = text == null ? "" : text.trim();
                numbers[column] = number;
            }
        }

        void endRow() {
            if (rowIndex == 0) {
                if (!headers.equals(List.of(texts))) {
                    throw new Refusal("landlinkage.import.error.headers");
                }
                headerSeen = true;
                return;
            }
            boolean blank = java.util.Arrays.stream(texts).allMatch(String::isEmpty);
            if (blank || exampleName.equals(texts[0])) {
                return;
            }
            if (rows.size() == MAX_ROWS) {
                throw new Refusal("landlinkage.import.error.tooManyRows", MAX_ROWS);
            }
            rows.add(new SheetRow(rowIndex + 1, texts, numbers));
        }

        List<SheetRow> finish() {
            if (!headerSeen) {
                throw new Refusal("landlinkage.import.error.headers");
            }
            return rows;
        }
    }

    /**
     * POI's reading of a sheet's XML, which also follows the column of each cell: a cell may leave out
     * its reference ({@code r}) and then stands in the column after the previous cell of its row, and
     * POI reports such a cell without a reference.
     */
    private static final class SheetEvents extends XSSFSheetXMLHandler {

        private final ColumnCursor cursor;

        SheetEvents(StylesTable styles, ReadOnlySharedStringsTable strings, RowCollector collector) {
            this(styles, strings, collector, new NumberKeepingFormatter(), new ColumnCursor());
        }

        private SheetEvents(StylesTable styles, ReadOnlySharedStringsTable strings, RowCollector collector,
                NumberKeepingFormatter formatter, ColumnCursor cursor) {
            super(styles, strings, new SheetContentsHandler() {

                @Override
                public void startRow(int rowNum) {
                    collector.startRow(rowNum);
                }

                @Override
                public void endRow(int rowNum) {
                    collector.endRow();
                }

                @Override
                public void cell(String reference, String formattedValue, XSSFComment comment) {
                    collector.cell(cursor.column, formattedValue, formatter.take());
                }
            }, formatter, false);
            this.cursor = cursor;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if ("row".equals(localName)) {
                cursor.column = -1;
            }
            else if ("c".equals(localName)) {
                String reference = attributes.getValue("r");
                cursor.column = reference == null ? cursor.column + 1 : new CellReference(reference).getCol();
            }
            super.startElement(uri, localName, qName, attributes);
        }
    }

    /** The column of the cell being read. */
    private static final class ColumnCursor {

        private int column = -1;
    }

    /** Formats numbers as Excel shows them, and keeps the last number formatted for the numeric columns. */
    private static final class NumberKeepingFormatter extends DataFormatter {

        private BigDecimal number;

        NumberKeepingFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            number = BigDecimal.valueOf(value);
            return super.formatRawCellContents(value, formatIndex, formatString);
        }

        BigDecimal take() {
            BigDecimal taken = number;
            number = null;
            return taken;
        }
    }

    /** The whole file is refused with this message (thrown from inside the reading to stop it). */
    private static final class Refusal extends RuntimeException {

        private final String key;
        private final Object[] args;

        Refusal(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }
    }

    /** More uncompressed bytes than the bound were read from a part of the file. */
    private static final class ContentTooLarge extends IOException {

        ContentTooLarge(long bound) {
            super("more than " + bound + " bytes");
        }
    }

    /** Counts the bytes read through it and fails past its bound. */
    private static final class CountingStream extends FilterInputStream {

        private final long bound;
        private long count;

        CountingStream(InputStream in, long bound) {
            super(in);
            this.bound = bound;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void counted(long n) throws ContentTooLarge {
            count += n;
            if (count > bound) {
                throw new ContentTooLarge(bound);
            }
        }
    }
}
