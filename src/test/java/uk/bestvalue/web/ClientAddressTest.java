package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.bestvalue.Config;

/** Sign-in throttling counts each person's own address behind a trusted proxy, and cannot be fooled by a header sent from anywhere else. */
class ClientAddressTest {
    private final ClientAddress behindProxies = new ClientAddress(Set.of("10.0.0.5", "10.0.0.6"));

    @Test
    void a_request_from_a_trusted_proxy_is_counted_at_the_address_the_proxy_forwards() {
        assertThat(behindProxies.of("10.0.0.5", "203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(behindProxies.of("10.0.0.5", "203.0.113.7, 10.0.0.6")).as("through two proxies").isEqualTo("203.0.113.7");
    }

    @Test
    void what_a_client_wrote_into_the_header_itself_is_passed_over() {
        assertThat(behindProxies.of("10.0.0.5", "198.51.100.1, 203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void a_request_from_anyone_else_is_counted_at_its_connection_whatever_it_says() {
        assertThat(behindProxies.of("192.0.2.44", "203.0.113.7")).isEqualTo("192.0.2.44");
        assertThat(new ClientAddress(Set.of()).of("10.0.0.5", "203.0.113.7")).isEqualTo("10.0.0.5");
        assertThat(behindProxies.of("10.0.0.5", null)).isEqualTo("10.0.0.5");
        assertThat(behindProxies.of("10.0.0.5", " , ")).isEqualTo("10.0.0.5");
    }

    @Test
    void the_trusted_proxies_are_read_from_the_environment() {
        assertThat(Config.fromEnvironment(Map.of("BV_TRUSTED_PROXIES", " 10.0.0.5, 10.0.0.6 ,")).trustedProxies())
                .containsExactlyInAnyOrder("10.0.0.5", "10.0.0.6");
        assertThat(Config.fromEnvironment(Map.of()).trustedProxies()).isEmpty();
    }
}
