package cn.shequ.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import cn.shequ.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What Tomcat answers before the application sees a request, over a real socket (MockMvc does not
 * pass through Tomcat): a Chinese page with no server detail, never Tomcat's English report.
 */
@IntegrationTest
class ContainerErrorPagesTest {

    @LocalServerPort
    int port;

    @Test
    void anEncodedSlashInThePathGetsTheChinese400Page() throws IOException {
        String answer = send("GET /service-centers%2f1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("请求无效").doesNotContain("HTTP Status", "Apache Tomcat");
    }

    @Test
    void aHeaderTooLargeGetsAChinesePage() throws IOException {
        String answer = send("GET /login HTTP/1.1\r\nHost: localhost\r\nX-Filler: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");

        assertThat(answer).matches("(?s)HTTP/1.1 4\\d\\d.*").contains("社区建设管理平台").doesNotContain("HTTP Status", "Apache Tomcat");
    }

    @Test
    void aFormPostOverTheLimitGetsTheChinese413Page() throws IOException {
        String body = "reason=" + "a".repeat(3 * 1024 * 1024);
        String answer = send("POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);

        assertThat(answer).doesNotContain("HTTP Status", "Apache Tomcat", "Exception");
        assertThat(answer).matches("(?s)HTTP/1.1 4\\d\\d.*").contains("社区建设管理平台");
    }

    private String send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            catch (IOException ex) {
                // The server may answer and close before the whole body is sent; read what it said.
            }
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
