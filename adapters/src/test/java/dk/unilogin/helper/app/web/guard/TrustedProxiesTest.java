package dk.unilogin.helper.app.web.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class TrustedProxiesTest {

    @Test
    void rangesMatchByPrefix() {
        TrustedProxies proxies = new TrustedProxies(List.of("10.0.0.0/8", "192.168.4.0/22", "2001:db8::/32", "172.16.0.1"));

        assertThat(proxies.isTrusted("10.200.3.4")).isTrue();
        assertThat(proxies.isTrusted("11.0.0.1")).isFalse();
        assertThat(proxies.isTrusted("192.168.7.255")).isTrue();
        assertThat(proxies.isTrusted("192.168.8.0")).isFalse();
        assertThat(proxies.isTrusted("2001:db8:1::5")).isTrue();
        assertThat(proxies.isTrusted("2001:db9::5")).isFalse();
        assertThat(proxies.isTrusted("172.16.0.1")).isTrue();
        assertThat(proxies.isTrusted("172.16.0.2")).isFalse();
        assertThat(proxies.isTrusted("::ffff:10.1.2.3")).isTrue();
        assertThat(proxies.isTrusted("proxy.example")).as("names are never looked up").isFalse();
        assertThat(proxies.isTrusted("999.1.1.1")).isFalse();
    }

    @Test
    void theClientIsTheFirstUntrustedHopFromTheRight() {
        TrustedProxies proxies = new TrustedProxies(List.of("10.0.0.0/8"));

        assertThat(proxies.clientAddress(request("10.0.0.2", "6.6.6.6, 203.0.113.5, 10.0.0.9"))).isEqualTo("203.0.113.5");
        assertThat(proxies.clientAddress(request("10.0.0.2", "10.0.0.7"))).isEqualTo("10.0.0.7");
        assertThat(proxies.clientAddress(request("10.0.0.2", null))).isEqualTo("10.0.0.2");
        assertThat(proxies.clientAddress(request("10.0.0.2", "garbage, 203.0.113.5"))).isEqualTo("203.0.113.5");
        assertThat(proxies.clientAddress(request("10.0.0.2", "203.0.113.5, garbage"))).isEqualTo("10.0.0.2");
        assertThat(proxies.clientAddress(request("198.51.100.1", "203.0.113.5"))).as("not from a proxy").isEqualTo("198.51.100.1");
        assertThat(new TrustedProxies(List.of()).clientAddress(request("10.0.0.2", "203.0.113.5"))).isEqualTo("10.0.0.2");
    }

    @Test
    void aBadRangeStopsTheStart() {
        assertThatThrownBy(() -> new TrustedProxies(List.of("10.0.0.0/33"))).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> new TrustedProxies(List.of("proxy.example"))).hasMessageContaining("proxy.example");
    }

    private static MockHttpServletRequest request(String peer, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(peer);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }
}
