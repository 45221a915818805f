package uk.bestvalue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import uk.bestvalue.Config;
import uk.bestvalue.authority.AuthorityRegister;

class CliTest {

    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Cli.create(Config.defaults().withDataDir(dataDir));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Nested
    class Help {
        @Test
        void lists_the_commands() {
            int code = run("--help");

            assertThat(code).isZero();
            assertThat(out.toString()).contains("serve", "db", "authorities");
        }

        @ParameterizedTest
        @ValueSource(strings = {"serve", "db", "db migrate", "authorities", "authorities import", "framework", "framework import",
                "framework list", "framework mapping", "assessment", "assessment export", "assessment import"})
        void every_command_has_help(String command) {
            String[] args = (command + " --help").split(" ");

            int code = run(args);

            assertThat(code).isZero();
            assertThat(out.toString()).startsWith("Usage: bestvalue " + command);
        }
    }

    @Nested
    class BadArguments {
        @Test
        void an_unknown_command_gets_a_reason_the_usage_and_exit_code_2() {
            int code = run("frobnicate");

            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).startsWith("bestvalue: Unmatched argument at index 0: 'frobnicate'").contains("Usage: bestvalue");
        }

        @Test
        void a_bad_port_is_a_usage_error() {
            int code = run("serve", "--port", "eighty");

            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).contains("'eighty' is not an int");
        }

        @Test
        void import_without_a_file_is_a_usage_error() {
            int code = run("authorities", "import");

            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).contains("Missing required parameter: 'FILE'");
        }

        @Test
        void import_of_a_missing_file_is_a_usage_error() {
            int code = run("authorities", "import", dataDir.resolve("nowhere.csv").toString());

            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).contains("No such file");
        }

        @Test
        void a_group_command_alone_asks_for_a_subcommand() {
            int code = run("db");

            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).contains("Say what to do, e.g. 'db migrate'");
        }
    }

    @Nested
    class Commands {
        @Test
        void db_migrate_creates_the_embedded_database() {
            int code = run("db", "migrate");

            assertThat(code).isZero();
            assertThat(out.toString()).containsPattern("is up to date \\(\\d+ migrations applied\\)");
            assertThat(run("db", "migrate")).isZero();
            assertThat(out.toString()).contains("is up to date (nothing to apply)");
            assertThat(dataDir.resolve("bestvalue.mv.db")).exists();
        }

        @Test
        void authorities_import_loads_the_register_and_says_what_it_did() throws IOException {
            Path file = shippedRegisterCopy();

            int code = run("authorities", "import", file.toString());

            assertThat(code).isZero();
            assertThat(out.toString()).contains("Imported 380 English authorities", "380 new, 0 updated", "90 rows for Wales, Scotland and Northern Ireland");
        }

        @Test
        void framework_mapping_imports_a_councils_mapping_and_names_a_bad_code() throws IOException {
            Path good = dataDir.resolve("mapping.yaml");
            Files.writeString(good, "format: bestvalue-mapping/1\nfrom: best-value-standards/2024\nto: best-value-standards/2023-draft\n"
                    + "criteria:\n  - {from: GOV-C7, to: GOV-C7, change: same}\n");
            Path bad = dataDir.resolve("bad-mapping.yaml");
            Files.writeString(bad, "format: bestvalue-mapping/1\nfrom: best-value-standards/2024\nto: best-value-standards/2023-draft\n"
                    + "criteria:\n  - {from: GOV-C99, to: GOV-C7, change: renamed}\n");

            int imported = run("framework", "mapping", good.toString());
            int refused = run("framework", "mapping", bad.toString());

            assertThat(imported).isZero();
            assertThat(out.toString()).contains("Mapping best-value-standards/2024 -> best-value-standards/2023-draft");
            assertThat(refused).isEqualTo(1);
            assertThat(err.toString()).contains("criteria[1].from", "'GOV-C99'").doesNotContain("\tat ");
        }

        @Test
        void a_bad_register_file_fails_with_its_row_and_no_stack_trace() throws IOException {
            Path file = shippedRegisterCopy();
            Files.writeString(file, Files.readString(file).replace(",E07000135,", ",E0700013,"));

            int code = run("authorities", "import", file.toString());

            assertThat(code).isEqualTo(1);
            assertThat(err.toString()).contains("register.csv was not imported; nothing was changed", "column gss-code", "'E0700013'")
                    .doesNotContain("Exception", "\tat ");
        }

        @Test
        void skipping_bad_rows_that_leaves_nothing_to_import_fails() throws IOException {
            Path file = dataDir.resolve("all-bad.csv");
            Files.writeString(file, "authority_code,metric,period,value\nE07000135,household-waste-recycling-rate,2023/24,lots\n"
                    + "E07999999,household-waste-recycling-rate,2023/24,41.2\n");

            int code = run("import", "values", file.toString(), "--skip-bad-rows");

            assertThat(code).isEqualTo(1);
            assertThat(out.toString()).contains("2 rows read: 0 added, 0 changed, 0 unchanged, 2 skipped (1 for authority_code, 1 for value)");
            assertThat(err.toString()).contains("row 2, column value: 'lots' is not a number", "nothing was imported");
        }

        @Test
        void an_unreachable_database_fails_with_a_reason() {
            int code = run("db", "migrate", "--db", "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2");

            assertThat(code).isEqualTo(1);
            assertThat(err.toString()).startsWith("bestvalue: Cannot connect to the PostgreSQL database at jdbc:postgresql://127.0.0.1:1/");
        }
    }

    private Path shippedRegisterCopy() throws IOException {
        Path file = dataDir.resolve("register.csv");
        try (InputStream in = AuthorityRegister.class.getResourceAsStream(AuthorityRegister.SHIPPED_REGISTER)) {
            Files.writeString(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        return file;
    }
}
