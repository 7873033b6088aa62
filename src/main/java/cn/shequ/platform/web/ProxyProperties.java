package cn.shequ.platform.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reverse proxies the platform believes ({@code platform.security.trusted-proxies}): addresses or
 * CIDR blocks, IPv4 or IPv6, e.g. {@code 127.0.0.1} or {@code 10.0.0.0/24}. Empty by default: then
 * no request's {@code X-Forwarded-*} header counts for anything.
 *
 * @param trustedProxies the proxies' addresses and networks
 */
@ConfigurationProperties("platform.security")
record ProxyProperties(List<String> trustedProxies) {

    ProxyProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }
}
