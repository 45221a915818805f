package uk.bestvalue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.bestvalue.Config;

/** A council imports its licensed neighbour list from the command line, and compares our model with ONS's lists. */
class NeighboursCliTest {
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

    @Test
    void imports_a_list_once_refuses_a_bad_one_naming_row_and_column_and_summarises_the_overlap() throws IOException {
        Path file = dataDir.resolve("cipfa.csv");
        Files.writeString(file, "authority_code,rank,neighbour_code,distance\nE07000135,1,E07000129,0.1\nE07000135,2,W06000015,0.2\n");

        assertThat(run("neighbours", "import", file.toString(), "--key", "cipfa-2024", "--name", "CIPFA 2024", "--licence", "CIPFA licence"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("Imported cipfa-2024 (long layout): 1 lists, 2 neighbours, of which 1 outside the data");
        assertThat(run("neighbours", "import", file.toString(), "--key", "cipfa-2024", "--name", "CIPFA 2024", "--licence", "CIPFA licence"))
                .isZero();
        assertThat(out.toString()).contains("Unchanged: cipfa-2024");

        Path bad = dataDir.resolve("bad.csv");
        Files.writeString(bad, "authority_code,rank,neighbour_code\nE07000135,1,E07000135\n");
        assertThat(run("neighbours", "import", bad.toString(), "--key", "cipfa-2024", "--name", "CIPFA 2024")).isEqualTo(Cli.FAILED);
        assertThat(err.toString()).contains("nothing was saved", "row 2, column neighbour_code: E07000135 is listed as its own neighbour");

        assertThat(run("neighbours", "list", "E07000135", "--set", "cipfa-2024")).isZero();
        assertThat(out.toString()).contains("Blaby", "(outside the data)");
        assertThat(run("neighbours", "overlap", "--with", "ons-global")).isZero();
        assertThat(out.toString()).contains("| shire county | 21 |", "| all | 317 |");
    }
}
