package cn.shequ.platform.landlinkage;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload to the land-linkage pages larger than the servlet's multipart limit (5MB) is answered with
 * the import page and a message, not an error page. The servlet refuses such a request while reading
 * it, before any controller is chosen, so a controller advice limited to this module's controllers
 * would never see it: this resolver takes the exception for this module's paths only and leaves every
 * other path to the platform's handling.
 */
@Component
class LandUploadLimitResolver implements HandlerExceptionResolver, Ordered {

    private final MessageSource messages;

    LandUploadLimitResolver(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (!(ex instanceof MaxUploadSizeExceededException) || !request.getRequestURI().startsWith(
                request.getContextPath() + "/land-linkage/")) {
            return null;
        }
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return new ModelAndView(LandLibraryPages.IMPORT_VIEW, Map.of(
                "problems", List.of(),
                "refusalText", messages.getMessage("landlinkage.import.error.servletLimit", null,
                        LocaleContextHolder.getLocale()),
                "maxMegabytes", LandLibrarySpreadsheet.MAX_BYTES / 1024 / 1024,
                "maxRows", LandLibrarySpreadsheet.MAX_ROWS));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
