package cn.shequ.platform.web;

import java.util.Map;

import cn.shequ.platform.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * A page or file of a year outside the platform's years ({@link Years#MIN} to {@link Years#MAX}),
 * asked for by a {@code ?year=} of a page or a {@code {year}} in the path, does not exist: a page
 * answers 404, the JSON API 400. So no page computes a date of the year 2147483647.
 */
class YearRange implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // A form's own year field is the form's to check, with its message; pages read ?year= on GET.
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            check(request.getParameter("year"), request);
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            Object year = variables.get("year");
            check(year == null ? null : year.toString(), request);
        }
        return true;
    }

    private static void check(String value, HttpServletRequest request) {
        if (value == null || value.isBlank()) {
            return;
        }
        long year;
        try {
            year = Long.parseLong(value.strip());
        }
        catch (NumberFormatException ex) {
            refuse(value, request);
            return;
        }
        if (year < Years.MIN || year > Years.MAX) {
            refuse(value, request);
        }
    }

    private static void refuse(String value, HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "year must be a whole number from " + Years.MIN + " to " + Years.MAX);
        }
        throw new NotFoundException("year", value);
    }
}
