package cn.shequ.platform.account;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request whose body the servlet container refused (an upload above its multipart limit). Such a
 * request carries no form data, so neither its CSRF token (which travels in the form's body) nor any
 * field reaches the application; a module's filter that runs before the security filters marks it
 * here, the security chain does not ask it for a CSRF token, and Spring MVC's multipart handling
 * answers it with the size error before any controller runs. Only the servlet container's refusal
 * marks a request; a client cannot.
 */
public final class RefusedRequestBody {

    static final String ATTRIBUTE = RefusedRequestBody.class.getName();

    private RefusedRequestBody() {
    }

    /** Marks a request whose body the container refused. */
    public static void mark(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    static boolean isMarked(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE));
    }
}
