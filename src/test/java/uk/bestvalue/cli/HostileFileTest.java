package uk.bestvalue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import uk.bestvalue.Config;

/** A user's file that is wrong in a hostile way gets one line per problem, never a stack trace. */
class HostileFileTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a null document|null|body: must be a JSON object, not null",
        "a null progress update|{\"format\":\"bestvalue-assessment/1\",\"actions\":[{\"description\":\"Review\",\"updates\":[null]}]}|actions[1].updates[1]: must not be null",
        "a NUL in a narrative|{\"format\":\"bestvalue-assessment/1\",\"themes\":[{\"theme\":\"LEAD\",\"narrative\":\"Agreed\\u0000\"}]}|themes[1].narrative: contains a control character (U+0000)",
        "a list where text belongs|{\"format\":[\"bestvalue-assessment/1\"]}|format: must be text",
        "truncated JSON|{\"format\":\"bestvalue-assessment/1\",\"themes\":[|body: is not valid JSON"})
    void an_assessment_document_is_refused_with_the_field_named(String what, String json, String problem) throws IOException {
        Path file = dataDir.resolve("assessment.json");
        Files.writeString(file, json);
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.create(Config.defaults().withDataDir(dataDir));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));

        int code = cli.execute("assessment", "import", file.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("bestvalue: nothing was saved").contains(problem).doesNotContain("Exception", "\tat ", "java.");
    }
}
