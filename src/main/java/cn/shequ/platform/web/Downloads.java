package cn.shequ.platform.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way a file is sent as a download. Its Chinese name travels in {@code filename*} (RFC 5987,
 * UTF-8, which every current browser reads); {@code filename} carries an ASCII fallback made of the
 * name's ASCII letters and digits (2015年诸城市社区建设统计表.xlsx → 2015.xlsx), never a row of
 * underscores.
 */
public final class Downloads {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private Downloads() {
    }

    /** The file as a download under {@code filename}. */
    public static ResponseEntity<byte[]> attachment(byte[] body, String filename, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(filename))
                .contentType(type)
                .body(body);
    }

    /** {@code attachment; filename="2015.xlsx"; filename*=UTF-8''2015%E5%B9%B4…} */
    public static String contentDisposition(String filename) {
        return "attachment; filename=\"" + asciiFallback(filename) + "\"; filename*=UTF-8''" + rfc5987(filename);
    }

    /** The name's ASCII letters, digits, dots, hyphens and underscores, runs of anything else as one hyphen. */
    static String asciiFallback(String filename) {
        int dot = filename.lastIndexOf('.');
        String stem = dot > 0 ? filename.substring(0, dot) : filename;
        String extension = dot > 0 ? ascii(filename.substring(dot + 1)) : "";
        String fallback = ascii(stem);
        if (fallback.isEmpty()) {
            fallback = "download";
        }
        return extension.isEmpty() ? fallback : fallback + "." + extension;
    }

    private static String ascii(String text) {
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        for (char c : text.toCharArray()) {
            boolean kept = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_' || c == '.';
            if (kept) {
                if (gap && !out.isEmpty()) {
                    out.append('-');
                }
                out.append(c);
                gap = false;
            }
            else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static String rfc5987(String filename) {
        StringBuilder out = new StringBuilder();
        for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHARS.indexOf(c) >= 0) {
                out.append(c);
            }
            else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
