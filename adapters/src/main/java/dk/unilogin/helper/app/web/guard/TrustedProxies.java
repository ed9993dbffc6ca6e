package dk.unilogin.helper.app.web.guard;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which address a request comes from. {@code X-Forwarded-For} is believed only when the
 * connection comes from one of the configured proxy ranges ({@code bot.web.trusted-proxies}),
 * and then read from the right: the first address that is not itself a trusted proxy is
 * the client. With no ranges configured the header is ignored, so a client cannot pick its
 * own address to escape its rate limit.
 */
public final class TrustedProxies {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Range> ranges;

    public TrustedProxies(List<String> cidrs) {
        this.ranges = cidrs.stream().map(String::strip).filter(s -> !s.isEmpty()).map(Range::parse).toList();
    }

    public String clientAddress(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (ranges.isEmpty() || !isTrusted(peer)) {
            return peer;
        }
        String client = peer;
        var forwarded = request.getHeaders("X-Forwarded-For");
        List<String> hops = new java.util.ArrayList<>();
        while (forwarded.hasMoreElements()) {
            for (String hop : forwarded.nextElement().split(",")) {
                hops.add(hop.strip());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (literal(hop) == null) {
                break; // a name or garbage: nothing left of it can be believed
            }
            client = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        return client;
    }

    boolean isTrusted(String address) {
        byte[] bytes = literal(address);
        return bytes != null && ranges.stream().anyMatch(range -> range.contains(bytes));
    }

    /** The address's bytes if it is an IP literal; never a DNS lookup. */
    static byte[] literal(String address) {
        if (address == null) {
            return null;
        }
        String a = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (IPV4.matcher(a).matches()) {
            String[] parts = a.split("\\.");
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(parts[i]);
                if (part > 255) {
                    return null;
                }
                bytes[i] = (byte) part;
            }
            return bytes;
        }
        if (IPV6.matcher(a).matches()) {
            try {
                return InetAddress.getByName(a).getAddress(); // a literal with ':' is parsed, not looked up
            } catch (UnknownHostException e) {
                return null;
            }
        }
        return null;
    }

    /** An address range written as CIDR ("10.0.0.0/8", "2001:db8::/32") or a single address. */
    record Range(byte[] network, int prefixBits) {
        static Range parse(String cidr) {
            int slash = cidr.indexOf('/');
            String address = slash < 0 ? cidr : cidr.substring(0, slash);
            byte[] network = literal(address);
            if (network == null) {
                throw new IllegalArgumentException("bot.web.trusted-proxies: '" + cidr + "' is not an address range");
            }
            int bits = network.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(cidr.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > network.length * 8) {
                    throw new IllegalArgumentException("bot.web.trusted-proxies: '" + cidr + "' has a bad prefix length");
                }
            }
            return new Range(network, bits);
        }

        boolean contains(byte[] address) {
            byte[] candidate = address;
            if (candidate.length != network.length) {
                candidate = ipv4Mapped(candidate, network.length);
                if (candidate == null) {
                    return false;
                }
            }
            int full = prefixBits / 8;
            for (int i = 0; i < full; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixBits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (candidate[full] & mask) == (network[full] & mask);
        }

        /** "::ffff:10.1.2.3" and "10.1.2.3" are the same client. */
        private static byte[] ipv4Mapped(byte[] address, int wanted) {
            if (address.length == 16 && wanted == 4) {
                for (int i = 0; i < 10; i++) {
                    if (address[i] != 0) {
                        return null;
                    }
                }
                return address[10] == (byte) 0xff && address[11] == (byte) 0xff
                        ? java.util.Arrays.copyOfRange(address, 12, 16) : null;
            }
            return null;
        }
    }
}
