package cn.shequ.platform.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a request came from: the socket's peer and, only when that peer is a trusted proxy
 * ({@link TrustedProxies}), the client it names in {@code X-Forwarded-For}. Resolved once per request
 * by {@link ForwardedHeaders}; the login log and the audit trail read it here.
 *
 * @param peer         the address of the socket the request arrived on
 * @param forwardedFor the client a trusted proxy forwarded the request for, or null
 */
public record ClientAddress(String peer, String forwardedFor) {

    static final String ATTRIBUTE = ClientAddress.class.getName();

    /** The client: the one the trusted proxy names, else the socket's peer. */
    public String client() {
        return forwardedFor != null ? forwardedFor : peer;
    }

    /** The address of a request (its socket's peer if it has not passed {@link ForwardedHeaders}). */
    public static ClientAddress of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof ClientAddress address ? address
                : new ClientAddress(request.getRemoteAddr(), null);
    }

    /** The address of the request this thread is serving, if it serves one. */
    public static Optional<ClientAddress> current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(of(attributes.getRequest())) : Optional.empty();
    }
}
