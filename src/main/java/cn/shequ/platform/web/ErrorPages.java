package cn.shequ.platform.web;

import cn.shequ.platform.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * "Not found" is the 404 page and "not yours" the 403 page, for every module. Anything unexpected
 * goes to Boot's error handling, which renders {@code error/5xx.html}: never a stack trace.
 */
@ControllerAdvice
class ErrorPages {

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }

    /**
     * A form post naming fields no form has (an index out of its list, {@code rows[abc]}): not a
     * page's doing, so the 400 page; nothing is saved.
     */
    @ExceptionHandler(InvalidPropertyException.class)
    String badRequest(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "error/4xx";
    }

    /** A multipart body that cannot be read as one (cut short, without its boundary): no browser sends it. */
    @ExceptionHandler(MultipartException.class)
    String unreadableUpload(MultipartException ex, HttpServletResponse response) {
        if (ex instanceof MaxUploadSizeExceededException) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        }
        else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "error/4xx";
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "error/403";
    }
}
