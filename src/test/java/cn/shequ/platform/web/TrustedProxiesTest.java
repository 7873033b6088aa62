package cn.shequ.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.junit.jupiter.api.Test;

/** Which peers are trusted proxies, which client a request is taken to come from, and the HTTPS mark. */
class TrustedProxiesTest {

    final TrustedProxies proxies = new TrustedProxies(List.of("127.0.0.1", "10.0.0.0/24", "2001:db8::/32"));

    @Test
    void withNoTrustedProxiesNobodysForwardedForCounts() {
        TrustedProxies none = new TrustedProxies(List.of());

        assertThat(none.trusts("127.0.0.1")).isFalse();
        assertThat(none.resolve("127.0.0.1", headers("6.6.6.6"))).isEqualTo(new ClientAddress("127.0.0.1", null));
    }

    @Test
    void addressesAndNetworksOfBothFamiliesAreMatchedByTheirBits() {
        assertThat(proxies.trusts("127.0.0.1")).isTrue();
        assertThat(proxies.trusts("127.0.0.2")).isFalse();
        assertThat(proxies.trusts("10.0.0.255")).isTrue();
        assertThat(proxies.trusts("10.0.1.0")).isFalse();
        assertThat(proxies.trusts("2001:db8:0:0:0:0:0:7")).isTrue();
        assertThat(proxies.trusts("2001:db9::7")).isFalse();
        assertThat(proxies.trusts("::ffff:127.0.0.1")).as("IPv4-mapped").isTrue();
        assertThat(new TrustedProxies(List.of("172.16.0.0/12")).trusts("172.31.255.1")).isTrue();
        assertThat(new TrustedProxies(List.of("172.16.0.0/12")).trusts("172.32.0.1")).isFalse();
    }

    @Test
    void anythingButAnIpLiteralIsNeverTrustedNorLookedUp() {
        assertThat(proxies.trusts("localhost")).isFalse();
        assertThat(proxies.trusts("127.0.0.1.evil.com")).isFalse();
        assertThat(proxies.trusts("127.1")).isFalse();
        assertThat(proxies.trusts("")).isFalse();
        assertThat(proxies.trusts(null)).isFalse();
    }

    @Test
    void theClientIsTheRightMostHopThatIsNotATrustedProxy() {
        assertThat(proxies.resolve("127.0.0.1", headers("6.6.6.6, 203.0.113.5")))
                .isEqualTo(new ClientAddress("127.0.0.1", "203.0.113.5"));
        assertThat(proxies.resolve("127.0.0.1", headers("6.6.6.6", "203.0.113.5, 10.0.0.7")).client())
                .as("two headers, an inner proxy").isEqualTo("203.0.113.5");
        assertThat(proxies.resolve("127.0.0.1", headers("6.6.6.6, evil.com, 203.0.113.5")).client())
                .isEqualTo("203.0.113.5");
        assertThat(proxies.resolve("127.0.0.1", headers("203.0.113.5, <script>")))
                .as("garbage where the proxy writes").isEqualTo(new ClientAddress("127.0.0.1", null));
        assertThat(proxies.resolve("127.0.0.1", null).client()).isEqualTo("127.0.0.1");
        assertThat(proxies.resolve("198.51.100.1", headers("6.6.6.6")))
                .as("an untrusted peer").isEqualTo(new ClientAddress("198.51.100.1", null));
    }

    @Test
    void aConfiguredEntryMustBeAnAddressOrNetwork() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TrustedProxies(List.of("proxy.example.org")))
                .withMessageContaining("proxy.example.org");
        assertThatIllegalArgumentException().isThrownBy(() -> new TrustedProxies(List.of("10.0.0.0/33")));
        assertThatIllegalArgumentException().isThrownBy(() -> new TrustedProxies(List.of("10.0.0.0/x")));
    }

    @Test
    void onlyATrustedProxyCanMarkARequestSecure() throws Exception {
        assertThat(secureAsSeenBehindTheValve("127.0.0.1", "https")).isTrue();
        assertThat(secureAsSeenBehindTheValve("127.0.0.1", "https, https")).isTrue();
        assertThat(secureAsSeenBehindTheValve("127.0.0.1", "https, http")).isFalse();
        assertThat(secureAsSeenBehindTheValve("127.0.0.1", "http")).isFalse();
        assertThat(secureAsSeenBehindTheValve("198.51.100.1", "https")).isFalse();
    }

    private boolean secureAsSeenBehindTheValve(String peer, String forwardedProto) throws Exception {
        org.apache.coyote.Request coyote = new org.apache.coyote.Request();
        coyote.getMimeHeaders().addValue("X-Forwarded-Proto").setString(forwardedProto);
        coyote.scheme().setString("http");
        Request request = new Request(new Connector(), coyote);
        request.setRemoteAddr(peer);
        AtomicReference<String> seen = new AtomicReference<>();
        ForwardedHeaders.ForwardedProtoValve valve = new ForwardedHeaders.ForwardedProtoValve(proxies);
        valve.setNext(new ValveBase() {
            @Override
            public void invoke(Request inner, Response response) {
                seen.set(inner.isSecure() + " " + inner.getScheme());
            }
        });
        valve.invoke(request, null);
        assertThat(request.isSecure()).as("restored after the request").isFalse();
        return switch (seen.get()) {
            case "true https" -> true;
            case "false http" -> false;
            default -> throw new AssertionError(seen.get());
        };
    }

    private static java.util.Enumeration<String> headers(String... values) {
        return Collections.enumeration(List.of(values));
    }
}
