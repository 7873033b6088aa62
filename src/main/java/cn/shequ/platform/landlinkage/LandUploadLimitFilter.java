package cn.shequ.platform.landlinkage;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.shequ.platform.account.RefusedRequestBody;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets an upload to the land-linkage pages that is larger than the servlet's multipart limit reach
 * the import page's message. The servlet container refuses such a body while the security filters
 * read the request's parameters, before any controller or exception resolver is involved; this
 * filter (on {@code /land-linkage/*}, before the security filters) notices the refusal, marks the
 * request as one whose body was refused (so the security chain does not look for the CSRF token the
 * form carries in that body, see {@link RefusedRequestBody}) and passes on a request whose
 * parameters are those of its query string only and whose parts fail with the container's size
 * error, which Spring MVC turns into a {@code MaxUploadSizeExceededException} for
 * {@link LandUploadLimitResolver} before any controller runs. A body that cannot be read as the
 * multipart it declares gets the 400 page.
 */
class LandUploadLimitFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null || !type.toLowerCase().startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        }
        catch (IOException | ServletException | RuntimeException ex) {
            if (tooLarge(ex)) {
                RefusedRequestBody.mark(request);
                chain.doFilter(new RefusedUpload(request, ex), response);
                return;
            }
            // A body that is not the multipart it declares (cut short, without its boundary): no browser
            // sends that, and nothing in it can be used, so the 400 page.
            logger.debug("Refused a malformed multipart body", ex);
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean tooLarge(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase();
            if (message.contains("exceed") && (message.contains("size") || message.contains("length"))) {
                return true;
            }
        }
        return false;
    }

    /** The refused upload: parameters from the query string only; its parts fail with the size error. */
    static final class RefusedUpload extends HttpServletRequestWrapper {

        private final Exception failure;
        private final Map<String, String[]> parameters;

        RefusedUpload(HttpServletRequest request, Exception failure) {
            super(request);
            this.failure = failure;
            this.parameters = Collections.unmodifiableMap(queryParameters(request.getQueryString()));
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public Collection<Part> getParts() {
            throw new IllegalStateException(failure);
        }

        @Override
        public Part getPart(String name) {
            throw new IllegalStateException(failure);
        }

        private static Map<String, String[]> queryParameters(String query) {
            Map<String, String[]> map = new LinkedHashMap<>();
            if (query == null || query.isEmpty()) {
                return map;
            }
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                String[] old = map.get(name);
                String[] values = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
                values[values.length - 1] = value;
                map.put(name, values);
            }
            return map;
        }
    }
}
