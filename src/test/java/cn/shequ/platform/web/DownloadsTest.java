package cn.shequ.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

/** A download's name: the Chinese name in filename*, a readable ASCII fallback in filename. */
class DownloadsTest {

    @Test
    void theChineseNameIsEncodedAndTheFallbackKeepsItsAsciiPart() {
        String header = Downloads.contentDisposition("2014年诸城市社区建设统计表.xlsx");
        assertThat(header).isEqualTo("attachment; filename=\"2014.xlsx\"; filename*=UTF-8''"
                + "2014%E5%B9%B4%E8%AF%B8%E5%9F%8E%E5%B8%82%E7%A4%BE%E5%8C%BA%E5%BB%BA%E8%AE%BE%E7%BB%9F%E8%AE%A1%E8%A1%A8.xlsx");
        ContentDisposition parsed = ContentDisposition.parse(header);
        assertThat(parsed.isAttachment()).isTrue();
        assertThat(parsed.getFilename()).isEqualTo("2014年诸城市社区建设统计表.xlsx");
        assertThat(parsed.getCharset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void theFallbackIsNeverARowOfUnderscores() {
        assertThat(Downloads.asciiFallback("土地增减挂钩项目库模板.xlsx")).isEqualTo("download.xlsx");
        assertThat(Downloads.asciiFallback("第二批特色社区名单（2015年）.xlsx")).isEqualTo("2015.xlsx");
        assertThat(Downloads.asciiFallback("Named list \"batch 2\" (2015).xlsx")).isEqualTo("Named-list-batch-2-2015.xlsx");
        assertThat(Downloads.contentDisposition("a b;\"c\".docx")).startsWith("attachment; filename=\"a-b-c.docx\"; ")
                .endsWith("filename*=UTF-8''a%20b%3B%22c%22.docx");
    }
}
