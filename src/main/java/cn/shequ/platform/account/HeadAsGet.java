package cn.shequ.platform.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A HEAD request is authorised as the GET it mirrors. The access rules name GET (reading), so without
 * this a HEAD to a page its user may read would be denied. {@link #authorise()} runs just before the
 * authorization filter and presents a HEAD as a GET; {@link #restore()} runs just after it and hands
 * the application the request as it came, so the answer is still a HEAD's: headers without a body.
 */
final class HeadAsGet extends HttpServletRequestWrapper {

    private HeadAsGet(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getMethod() {
        return "GET";
    }

    static OncePerRequestFilter authorise() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter("HEAD".equals(request.getMethod()) ? new HeadAsGet(request) : request, response);
            }
        };
    }

    static OncePerRequestFilter restore() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(unwrapped(request), response);
            }
        };
    }

    private static ServletRequest unwrapped(HttpServletRequest request) {
        return request instanceof HeadAsGet head ? head.getRequest() : request;
    }
}
