package cn.shequ.platform.landlinkage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.shequ.platform.region.CommunityRef;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionLevel;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.shared.RuleViolationException.Violation;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

    /** More data rows than this are refused. */
    static final int MAX_ROWS = 1000;

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
        try (InputStream in = file.getInputStream(); Workbook workbook = WorkbookFactory.create(in)) {
            return check(workbook.getSheetAt(0));
        }
        catch (IOException | RuntimeException ex) {
            return refused("landlinkage.import.error.notSpreadsheet");
        }
    }

    private Result check(Sheet sheet) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        Row header = sheet.getRow(0);
        for (int c = 0; c < COLUMNS.size(); c++) {
            String expected = text("landlinkage.sheet." + COLUMNS.get(c));
            if (header == null || !expected.equals(formatter.formatCellValue(header.getCell(c)).trim())) {
                return refused("landlinkage.import.error.headers");
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && !blank(row, formatter)
                    && !text("landlinkage.sheet.example.name").equals(cell(row, 0, formatter))) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            return refused("landlinkage.import.error.noRows");
        }
        if (rows.size() > MAX_ROWS) {
            return refused("landlinkage.import.error.tooManyRows", rows.size(), MAX_ROWS);
        }
        List<Problem> problems = new ArrayList<>();
        List<LandLibraryEntry.Details> details = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<Long, List<RegionRef>> villagesByCommunity = new HashMap<>();
        List<RegionRef> towns = regions.towns();
        for (Row row : rows) {
            int number = row.getRowNum() + 1;
            List<Problem> rowProblems = new ArrayList<>();
            String name = required(row, 0, formatter, number, rowProblems);
            String kindText = required(row, 1, formatter, number, rowProblems);
            String townName = required(row, 2, formatter, number, rowProblems);
            String communityName = cell(row, 3, formatter);
            String villageName = cell(row, 4, formatter);
            BigDecimal area = number(row, 5, formatter, number, rowProblems);
            BigDecimal reclaimable = number(row, 6, formatter, number, rowProblems);
            BigDecimal year = number(row, 7, formatter, number, rowProblems);
            String notes = cell(row, 8, formatter);

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

    private String required(Row row, int column, DataFormatter formatter, int number, List<Problem> problems) {
        String value = cell(row, column, formatter);
        if (value.isEmpty()) {
            problems.add(new Problem(number, COLUMNS.get(column), "validation.required"));
            return null;
        }
        return value;
    }

    private BigDecimal number(Row row, int column, DataFormatter formatter, int number, List<Problem> problems) {
        Cell cell = row.getCell(column);
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue());
        }
        String value = required(row, column, formatter, number, problems);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        }
        catch (NumberFormatException ex) {
            problems.add(new Problem(number, COLUMNS.get(column), "landlinkage.import.error.number", value));
            return null;
        }
    }

    private static String cell(Row row, int column, DataFormatter formatter) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : formatter.formatCellValue(cell).trim();
    }

    private static boolean blank(Row row, DataFormatter formatter) {
        for (int c = 0; c < COLUMNS.size(); c++) {
            if (!cell(row, c, formatter).isEmpty()) {
                return false;
            }
        }
        return true;
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
}
