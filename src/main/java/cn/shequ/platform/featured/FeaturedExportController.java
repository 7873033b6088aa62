package cn.shequ.platform.featured;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import cn.shequ.platform.web.Downloads;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** A batch's named list as an .xlsx workbook (the rows the user may see, as on the named-list page). */
@Controller
@RequestMapping("/featured-communities")
class FeaturedExportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final FeaturedService service;
    private final FeaturedController pages;
    private final MessageSource messages;

    FeaturedExportController(FeaturedService service, FeaturedController pages, MessageSource messages) {
        this.service = service;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/{id}/named.xlsx")
    ResponseEntity<byte[]> namedWorkbook(@PathVariable long id) {
        FeaturedBatch batch = service.batch(id);
        List<ApplicationRow> rows = pages.namedRows(id);
        Locale locale = LocaleContextHolder.getLocale();
        String title = messages.getMessage("featured.named.title", new Object[] {batch.getNumberLabel(), batch.getYear(),
                batch.getNumber()}, locale);
        byte[] workbook = workbook(title, rows, locale);
        String filename = title + ".xlsx";
        return Downloads.attachment(workbook, filename, XLSX);
    }

    private byte[] workbook(String title, List<ApplicationRow> rows, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(messages.getMessage("featured.named.sheet", null, locale));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            String[] headers = {"featured.named.column.index", "filter.town", "featured.field.communityId",
                    "featured.field.aspect", "featured.field.title", "featured.field.score"};
            Row titleRow = sheet.createRow(0);
            Cell titleCell = titleRow.createCell(0);
            titleCell.setCellValue(title);
            titleCell.setCellStyle(bold);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.length - 1));
            Row header = sheet.createRow(1);
            for (int i = 0; i < headers.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(messages.getMessage(headers[i], null, locale));
                cell.setCellStyle(bold);
            }
            int index = 0;
            for (ApplicationRow row : rows) {
                Row line = sheet.createRow(index + 2);
                line.createCell(0).setCellValue(index + 1);
                line.createCell(1).setCellValue(row.community() == null ? "" : row.community().townName());
                line.createCell(2).setCellValue(row.community() == null ? "" : row.community().name());
                line.createCell(3).setCellValue(row.application().getAspect().getName());
                line.createCell(4).setCellValue(row.application().getTitle());
                if (row.score() != null) {
                    line.createCell(5).setCellValue(row.score().value().doubleValue());
                }
                index++;
            }
            sheet.setColumnWidth(0, 6 * 256);
            sheet.setColumnWidth(1, 14 * 256);
            sheet.setColumnWidth(2, 16 * 256);
            sheet.setColumnWidth(3, 12 * 256);
            sheet.setColumnWidth(4, 40 * 256);
            sheet.setColumnWidth(5, 10 * 256);
            book.write(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
