package cn.shequ.platform.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 written by hand over a real socket, for what MockMvc cannot show: what Tomcat does with
 * the headers a client chooses ({@code Host}, {@code X-Forwarded-*}) and the socket's own address.
 * A request can be sent from another loopback address ({@code 127.0.0.2}) to play a proxy.
 */
public final class RawHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final String from;

    private RawHttp(int port, String from) {
        this.port = port;
        this.from = from;
    }

    /** Requests from the default loopback address, 127.0.0.1. */
    public static RawHttp to(int port) {
        return new RawHttp(port, "127.0.0.1");
    }

    /** The same requests, sent from another local address (any 127.x on Linux). */
    public RawHttp from(String localAddress) {
        return new RawHttp(port, localAddress);
    }

    /** Sends the head lines (without the request line's CRLF) and a body; the connection is closed after. */
    public Answer send(String method, String path, String body, String... headers) throws IOException {
        StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        boolean hostGiven = false;
        for (String header : headers) {
            hostGiven |= header.toLowerCase(Locale.ROOT).startsWith("host:");
            request.append(header).append("\r\n");
        }
        if (!hostGiven) {
            request.append("Host: localhost:").append(port).append("\r\n");
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            request.append("Content-Type: application/x-www-form-urlencoded\r\n")
                    .append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(20_000);
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            return new Answer(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    public Answer get(String path, String... headers) throws IOException {
        return send("GET", path, null, headers);
    }

    /** The login page's session cookie and CSRF token, as a browser would have them before posting a form. */
    public Form form(String... headers) throws IOException {
        Answer login = get("/login", headers);
        Matcher token = CSRF.matcher(login.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page: " + login.head());
        }
        String cookie = login.header("Set-Cookie");
        return new Form(cookie.substring(0, cookie.indexOf(';')), token.group(1));
    }

    /** A session cookie ({@code SQSESSION=…}) and its CSRF token. */
    public record Form(String cookie, String csrf) {
    }

    /** What the server answered: the status line, the headers and the body as text. */
    public record Answer(String text) {

        public String head() {
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? text : text.substring(0, end);
        }

        public String body() {
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? "" : text.substring(end + 4);
        }

        public int status() {
            return Integer.parseInt(text.substring(9, 12));
        }

        /** The first value of a header, or null. */
        public String header(String name) {
            List<String> values = headers(name);
            return values.isEmpty() ? null : values.get(0);
        }

        public List<String> headers(String name) {
            List<String> values = new ArrayList<>();
            for (String line : head().split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    values.add(line.substring(colon + 1).trim());
                }
            }
            return values;
        }
    }
}
