package cn.shequ.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
/**
 * The proxies whose {@code X-Forwarded-*} headers count ({@code platform.security.trusted-proxies}),
 * and the one place a request's client address is worked out: the socket's peer, and, when the peer
 * is a trusted proxy, the right-most address of {@code X-Forwarded-For} that is not itself a trusted
 * proxy (a proxy such as nginx appends the address it saw, so what a client wrote stands to the left
 * of it and is passed over). Only IP literals are read; nothing is looked up in DNS.
 */
public class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Network> networks;

    /** @throws IllegalArgumentException for an entry that is not an IP address or CIDR block */
    public TrustedProxies(List<String> entries) {
        List<Network> parsed = new ArrayList<>();
        for (String entry : entries) {
            if (entry != null && !entry.isBlank()) {
                parsed.add(Network.parse(entry.trim()));
            }
        }
        this.networks = List.copyOf(parsed);
    }

    /** Whether the address (an IP literal) is one of the trusted proxies; false for anything else. */
    public boolean trusts(String address) {
        if (networks.isEmpty() || address == null) {
            return false;
        }
        byte[] bytes = literal(address.trim());
        return bytes != null && networks.stream().anyMatch(network -> network.contains(bytes));
    }

    /** The address of a request that came from {@code peer} with these {@code X-Forwarded-For} header values. */
    public ClientAddress resolve(String peer, Enumeration<String> forwardedForHeaders) {
        if (!trusts(peer) || forwardedForHeaders == null) {
            return new ClientAddress(peer, null);
        }
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(forwardedForHeaders)) {
            Arrays.stream(header.split(",")).map(String::trim).filter(hop -> !hop.isEmpty()).forEach(hops::add);
        }
        String client = null;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (literal(hop) == null) {
                break;
            }
            client = hop;
            if (!trusts(hop)) {
                break;
            }
        }
        return new ClientAddress(peer, client);
    }

    /** The bytes of an IPv4 or IPv6 literal, or null for anything else (never a DNS lookup). */
    static byte[] literal(String text) {
        if (text.length() > 45 || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
            return null;
        }
        try {
            return InetAddress.getByName(text).getAddress();
        }
        catch (UnknownHostException ex) {
            return null;
        }
    }

    private record Network(byte[] address, int prefix) {

        static Network parse(String entry) {
            int slash = entry.indexOf('/');
            byte[] address = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("platform.security.trusted-proxies: \"" + entry
                        + "\" is not an IP address or CIDR block (host names are not accepted)");
            }
            int prefix = address.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                }
                catch (NumberFormatException ex) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > address.length * 8) {
                    throw new IllegalArgumentException("platform.security.trusted-proxies: \"" + entry
                            + "\" has an invalid prefix length");
                }
            }
            return new Network(address, prefix);
        }

        boolean contains(byte[] other) {
            if (other.length != address.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (other[i] != address[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (other[whole] & mask) == (address[whole] & mask);
        }
    }
}
