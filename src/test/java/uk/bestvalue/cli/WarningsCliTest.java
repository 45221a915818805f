package uk.bestvalue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.bestvalue.Config;

/** The early-warning commands: import a rule set and evaluate, with problems named and nothing changed by a bad file. */
class WarningsCliTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.create(Config.fromEnvironment(java.util.Map.of()));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void a_bad_rule_file_is_refused_with_every_problem_named() throws Exception {
        Path file = dir.resolve("rules.yaml");
        Files.writeString(file, """
                format: bestvalue-warning-rules/1
                set: {key: mine, version: "1", name: Mine, framework: best-value-standards/2024}
                rules:
                  - {id: a, title: A, metrics: [no-such-metric], condition: {kind: threshold, below: 1}, severity: high, theme: SD, criteria: [SD-F1], caveat: x}
                """);

        Run run = run("warnings", "import", file.toString(), "--data-dir", dir.resolve("data").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("rules[1].metrics[1]", "no-such-metric");
    }

    @Test
    void a_group_command_alone_asks_what_to_do() {
        Run run = run("warnings");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("warnings evaluate");
    }
}
