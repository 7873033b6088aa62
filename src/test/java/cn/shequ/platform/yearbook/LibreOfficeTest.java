package cn.shequ.platform.yearbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

import cn.shequ.platform.support.IntegrationTest;
import cn.shequ.platform.support.Users;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The 2015 workbook and entry open cleanly in LibreOffice: both convert to PDF with
 * {@code libreoffice --headless --convert-to pdf}. Skipped, saying so, where LibreOffice is not
 * installed (CI installs it).
 */
@IntegrationTest
class LibreOfficeTest {

    static final Path LIBREOFFICE = Path.of("/usr/bin/libreoffice");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void theFilesConvertToPdf() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(LIBREOFFICE),
                "LibreOffice is not installed (apt-get install libreoffice-calc libreoffice-writer; .ci/run does)");
        Users users = new Users(userDetails);
        Path folder = Files.createTempDirectory("yearbook");
        try {
            Path tables = folder.resolve("tables.xlsx");
            Path entry = folder.resolve("entry.docx");
            Files.write(tables, mvc.perform(get("/yearbook/2015/tables.xlsx").with(users.leader())).andReturn().getResponse()
                    .getContentAsByteArray());
            Files.write(entry, mvc.perform(get("/yearbook/2015/entry.docx").with(users.leader())).andReturn().getResponse()
                    .getContentAsByteArray());
            Process process = new ProcessBuilder(LIBREOFFICE.toString(), "-env:UserInstallation=file://" + folder.resolve("profile"),
                    "--headless", "--convert-to", "pdf", "--outdir", folder.toString(), tables.toString(), entry.toString())
                    .redirectErrorStream(true).start();
            assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
            String output = new String(process.getInputStream().readAllBytes());
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(folder.resolve("tables.pdf")).as(output).exists().isNotEmptyFile();
            assertThat(folder.resolve("entry.pdf")).as(output).exists().isNotEmptyFile();
            assertThat(Files.readString(folder.resolve("tables.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .startsWith("%PDF");
        }
        finally {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
