package uk.bestvalue.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.bestvalue.Actor;
import uk.bestvalue.Config;
import uk.bestvalue.Workbench;
import uk.bestvalue.assessment.Assessment;
import uk.bestvalue.assessment.AssessmentDocument;

@Command(name = "assessment", mixinStandardHelpOptions = true, description = "Move whole assessments in and out as JSON documents.",
        synopsisSubcommandLabel = "COMMAND")
final class AssessmentCommand implements Runnable {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Say what to do, e.g. 'assessment export 1' or 'assessment import FILE'");
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write an assessment as one JSON document (format: docs/formats.md), to a file or to standard output.")
    static final class Export implements Callable<Integer> {
        private final Config config;

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Parameters(paramLabel = "ID", description = "The assessment's number, as in /assessments/ID.")
        long id;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
        Path output;

        Export(Config config) {
            this.config = config;
        }

        @Override
        public Integer call() throws IOException {
            try (Workbench workbench = Workbench.open(database.applyTo(config))) {
                String json = JSON.writeValueAsString(workbench.exchange().export(id));
                if (output == null) {
                    spec.commandLine().getOut().println(json);
                } else {
                    Files.writeString(output, json + System.lineSeparator());
                    spec.commandLine().getOut().println("Wrote assessment " + id + " to " + output);
                }
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Create an assessment from a JSON document exported by this product (format: docs/formats.md).",
                    "The document is checked whole; if anything in it is wrong, every problem is listed and nothing is saved."})
    static final class Import implements Callable<Integer> {
        private final Config config;

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Parameters(paramLabel = "FILE", description = "The assessment document.")
        Path file;

        Import(Config config) {
            this.config = config;
        }

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "No such file: " + file);
            }
            AssessmentDocument doc;
            try {
                // The same boundary as the API: control characters, nulls in lists and wrong types are named, never a stack trace.
                doc = uk.bestvalue.web.Input.json(Files.readString(file), AssessmentDocument.class);
            } catch (java.nio.charset.MalformedInputException e) {
                throw new UncheckedIOException(file + " is not an assessment document: it is not UTF-8 text", e);
            } catch (IOException e) {
                throw new UncheckedIOException(file + " is not an assessment document: " + e.getMessage().lines().findFirst().orElse(""), e);
            }
            try (Workbench workbench = Workbench.open(database.applyTo(config))) {
                workbench.loadShippedData();
                Assessment created = workbench.exchange().importDocument(Actor.installation(), doc);
                spec.commandLine().getOut().println("Imported " + file.getFileName() + " as assessment " + created.id() + ": "
                        + created.title() + " (" + created.period() + ")");
            }
            return 0;
        }
    }
}
