package uk.bestvalue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.bestvalue.Config;
import uk.bestvalue.store.Database;

/** Accounts, tokens and the audit trail from the command line, on the embedded database. */
class AccountsCliTest {
    @TempDir
    Path dataDir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = Cli.create(Config.defaults().withDataDir(dataDir));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private int runWithStdin(String stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void demo_accounts_are_only_for_the_embedded_demo_with_its_example() {
        Config embedded = Config.defaults().withDataDir(dataDir);
        Config postgres = embedded.withDbUrl("jdbc:postgresql://127.0.0.1:5432/bestvalue");

        assertThat(ServeCommand.createsDemoAccounts(embedded)).isTrue();
        assertThat(ServeCommand.createsDemoAccounts(embedded.withExample(false))).as("--no-example").isFalse();
        assertThat(ServeCommand.createsDemoAccounts(postgres)).as("PostgreSQL").isFalse();
        assertThat(ServeCommand.createsDemoAccounts(postgres.withExample(true))).as("PostgreSQL with --example").isFalse();
    }

    @Test
    void users_are_added_with_a_generated_or_given_password_listed_and_disabled() {
        assertThat(run("users", "add", "--email", "admin@example.gov.uk", "--name", "Installation Admin", "--admin")).isZero();
        assertThat(out.toString()).contains("Created admin@example.gov.uk (installation admin).", "Password (shown once, store it safely): ");

        assertThat(runWithStdin("a long and private passphrase\n", "users", "add", "--email", "cfo@example.gov.uk", "--name", "Chief Finance Officer",
                "--role", "chief-finance-officer", "--authority", "E07000135", "--password-stdin")).as(err.toString()).isZero();
        assertThat(out.toString()).doesNotContain("Password").contains("cfo@example.gov.uk is Chief Finance Officer (s151) at E07000135.");

        assertThat(runWithStdin("short\n", "users", "add", "--email", "weak@example.gov.uk", "--name", "Weak", "--password-stdin")).isEqualTo(1);
        assertThat(err.toString()).contains("password: Password must be 12 characters or more");

        assertThat(run("users", "add", "--email", "cfo@example.gov.uk", "--role", "viewer", "--authority", "E07000129")).isZero();
        assertThat(run("users", "disable", "--email", "cfo@example.gov.uk")).isZero();
        assertThat(run("users", "list")).isZero();
        assertThat(out.toString()).contains("admin@example.gov.uk\tInstallation Admin\tinstallation-admin",
                "cfo@example.gov.uk\tChief Finance Officer\tviewer@E07000129, chief-finance-officer@E07000135\tdisabled");
        assertThat(run("users", "add", "--email", "x@example.gov.uk", "--name", "X", "--role", "mayor", "--authority", "E07000135")).isEqualTo(2);
        assertThat(err.toString()).contains("'mayor' is not a role");
    }

    @Test
    void tokens_are_printed_once_listed_without_their_secret_and_revoked() {
        run("users", "add", "--email", "loader@example.gov.uk", "--name", "Data loader", "--role", "editor", "--authority", "E07000135");

        assertThat(run("tokens", "create", "--email", "loader@example.gov.uk", "--authority", "E07000135", "--label", "nightly")).isZero();
        String secret = out.toString().replaceAll("(?s).*Shown once, store it safely: (\\S+).*", "$1").strip();
        assertThat(secret).startsWith("bvw_");
        assertThat(out.toString()).contains("as Editor at E07000135");

        assertThat(run("tokens", "list")).isZero();
        assertThat(out.toString()).contains("loader@example.gov.uk\teditor@E07000135\tnightly\tactive").doesNotContain(secret);
        assertThat(run("tokens", "revoke", "1")).isZero();
        run("tokens", "list");
        assertThat(out.toString()).contains("revoked");

        assertThat(run("tokens", "create", "--email", "loader@example.gov.uk")).isEqualTo(1);
        assertThat(err.toString()).contains("only an installation admin's token may act for the whole installation");
    }

    @Test
    void audit_verify_passes_an_untouched_trail_and_names_the_first_tampered_entry() {
        run("users", "add", "--email", "a@example.gov.uk", "--name", "A", "--role", "editor", "--authority", "E07000135");
        run("users", "add", "--email", "b@example.gov.uk", "--name", "B", "--role", "viewer", "--authority", "E07000135");

        assertThat(run("audit", "verify")).isZero();
        assertThat(out.toString()).contains("The audit trail is intact: 4 entries checked; latest hash ");

        try (Database db = Database.open(Config.defaults().withDataDir(dataDir).databaseSettings())) {
            db.update("update audit_entry set actor_name = 'Someone else' where seq = 2");
        }
        assertThat(run("audit", "verify")).isEqualTo(1);
        assertThat(err.toString()).contains("the audit trail is broken at entry 2: entry 2 was changed after it was written");
    }
}
