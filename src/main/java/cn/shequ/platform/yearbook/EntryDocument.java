package cn.shequ.platform.yearbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Writes the draft entry as a .docx in the yearbook's shape: the title centred, then each item's
 * paragraphs with a two-character first-line indent, the item's title 【…】 in bold before its first
 * paragraph. A figure the records lack is printed as a red, highlighted gap.
 */
final class EntryDocument {

    static final String BODY_FONT = "宋体";
    static final String TITLE_FONT = "黑体";

    private EntryDocument() {
    }

    static byte[] write(EntryDraft entry) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            a4(document);
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(240);
            XWPFRun titleRun = title.createRun();
            titleRun.setText(spaced(entry.title()));
            titleRun.setBold(true);
            titleRun.setFontSize(16);
            font(titleRun, TITLE_FONT);

            for (EntryDraft.Item item : entry.items()) {
                for (int i = 0; i < item.paragraphs().size(); i++) {
                    XWPFParagraph paragraph = document.createParagraph();
                    paragraph.setFirstLineIndent(420);
                    paragraph.setSpacingBetween(1.25);
                    if (i == 0 && item.heading() != null) {
                        XWPFRun heading = paragraph.createRun();
                        heading.setText("【" + item.heading() + "】 ");
                        heading.setBold(true);
                        heading.setFontSize(10.5);
                        font(heading, TITLE_FONT);
                    }
                    for (EntryDraft.Segment segment : item.paragraphs().get(i).segments()) {
                        XWPFRun run = paragraph.createRun();
                        run.setText(segment.text());
                        run.setFontSize(10.5);
                        font(run, BODY_FONT);
                        if (segment.gap()) {
                            run.setColor("C00000");
                            run.setTextHighlightColor("yellow");
                        }
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** 社区建设 → 社 区 建 设, as the yearbook sets a short title. */
    static String spaced(String title) {
        return title.length() <= 6 ? String.join(" ", title.split("")) : title;
    }

    private static void font(XWPFRun run, String family) {
        run.setFontFamily(family);
        run.setFontFamily(family, XWPFRun.FontCharRange.eastAsia);
    }

    private static void a4(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
        margins.setLeft(BigInteger.valueOf(1304));
        margins.setRight(BigInteger.valueOf(1304));
    }
}
