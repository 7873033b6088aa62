package cn.shequ.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the platform takes from {@code X-Forwarded-*} headers, and from whom: nothing, unless the
 * socket's peer is a trusted proxy ({@link TrustedProxies}). Tomcat's own handling of these headers
 * is off ({@code server.forward-headers-strategy: none}, which also keeps Boot from switching it on
 * by itself on a cloud platform), and redirects are relative ({@code server.tomcat.use-relative-redirects}),
 * so neither {@code Host} nor {@code X-Forwarded-Host} ever names where a browser is sent.
 * <ul>
 * <li>{@code X-Forwarded-For}: a filter, before the security filters, resolves the request's
 * {@link ClientAddress} once; the socket's address ({@code getRemoteAddr()}) is left as it is.</li>
 * <li>{@code X-Forwarded-Proto: https}: a Tomcat valve marks the request secure, so that the session
 * cookie is {@code Secure} behind a proxy that terminates TLS (Tomcat decides that flag itself).</li>
 * <li>{@code X-Forwarded-Host}, {@code X-Forwarded-Port}, {@code Forwarded}: not used.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ForwardedHeaders {

    @Bean
    TrustedProxies trustedProxies(ProxyProperties properties) {
        return new TrustedProxies(properties.trustedProxies());
    }

    @Bean
    FilterRegistrationBean<ClientAddressFilter> clientAddressFilter(TrustedProxies proxies) {
        FilterRegistrationBean<ClientAddressFilter> registration = new FilterRegistrationBean<>(new ClientAddressFilter(proxies));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> trustedProxyValve(TrustedProxies proxies) {
        return factory -> factory.addEngineValves(new ForwardedProtoValve(proxies));
    }

    /** Resolves each request's {@link ClientAddress} from its socket's peer and, if trusted, its X-Forwarded-For. */
    static final class ClientAddressFilter extends OncePerRequestFilter {

        private final TrustedProxies proxies;

        ClientAddressFilter(TrustedProxies proxies) {
            this.proxies = proxies;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            request.setAttribute(ClientAddress.ATTRIBUTE,
                    proxies.resolve(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For")));
            chain.doFilter(request, response);
        }
    }

    /**
     * Marks a request secure (scheme {@code https}) when a trusted proxy says, in every value of
     * {@code X-Forwarded-Proto}, that the client used HTTPS. Nothing else of the request changes.
     */
    static final class ForwardedProtoValve extends ValveBase {

        private final TrustedProxies proxies;

        ForwardedProtoValve(TrustedProxies proxies) {
            super(true);
            this.proxies = proxies;
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            if (request.isSecure() || !saysHttps(request.getHeader("X-Forwarded-Proto"))
                    || !proxies.trusts(request.getRemoteAddr())) {
                getNext().invoke(request, response);
                return;
            }
            String scheme = request.getScheme();
            request.setSecure(true);
            request.getCoyoteRequest().scheme().setString("https");
            try {
                getNext().invoke(request, response);
            }
            finally {
                request.setSecure(false);
                request.getCoyoteRequest().scheme().setString(scheme);
            }
        }

        static boolean saysHttps(String header) {
            if (header == null || header.isBlank()) {
                return false;
            }
            for (String value : header.split(",")) {
                if (!"https".equalsIgnoreCase(value.trim())) {
                    return false;
                }
            }
            return true;
        }
    }
}
