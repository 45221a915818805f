package uk.bestvalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void defaults_to_the_embedded_database_in_data_on_port_8080() {
        Config config = Config.fromEnvironment(Map.of());

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.usesEmbeddedDatabase()).isTrue();
        assertThat(config.databaseSettings().url()).startsWith("jdbc:h2:file:").contains(Path.of("data").toAbsolutePath().toString());
    }

    @Test
    void reads_postgres_and_its_credentials_from_the_environment() {
        Config config = Config.fromEnvironment(Map.of(
                "BV_DB_URL", "jdbc:postgresql://localhost:5432/bestvalue",
                "BV_DB_USER", "bv",
                "BV_DB_PASSWORD", "secret",
                "BV_PORT", "9000"));

        assertThat(config.usesEmbeddedDatabase()).isFalse();
        assertThat(config.databaseSettings().url()).isEqualTo("jdbc:postgresql://localhost:5432/bestvalue");
        assertThat(config.databaseSettings().user()).isEqualTo("bv");
        assertThat(config.port()).isEqualTo(9000);
        assertThat(config.toString()).doesNotContain("secret");
    }

    @Test
    void refuses_a_port_that_is_not_a_number() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("BV_PORT", "http")))
                .isInstanceOf(ConfigInvalid.class)
                .hasMessage("BV_PORT must be a port number such as 8080; got 'http'");
    }

    @Test
    void refuses_a_database_url_of_another_kind() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("BV_DB_URL", "postgres://localhost/bv")))
                .isInstanceOf(ConfigInvalid.class)
                .hasMessageContaining("must start with jdbc:postgresql:");
    }

    @Test
    void hides_a_password_written_into_the_url() {
        Config config = Config.defaults().withDbUrl("jdbc:postgresql://localhost/bv?user=bv&password=secret");

        assertThat(config.databaseSettings().displayUrl()).isEqualTo("jdbc:postgresql://localhost/bv?user=bv&password=***");
    }
}
