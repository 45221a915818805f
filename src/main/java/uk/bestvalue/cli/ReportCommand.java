package uk.bestvalue.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.bestvalue.Config;
import uk.bestvalue.Workbench;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write an assessment's committee report, with its appendix, as PDF, Word (docx) or HTML.")
final class ReportCommand implements Callable<Integer> {
    enum Format { pdf, docx, html }

    private final Config config;

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Parameters(paramLabel = "ASSESSMENT", description = "The assessment's number, as in /assessments/ID.")
    long id;

    @Option(names = "--format", paramLabel = "FORMAT", description = "pdf (default), docx or html.")
    Format format = Format.pdf;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The file to write.")
    Path output;

    ReportCommand(Config config) {
        this.config = config;
    }

    @Override
    public Integer call() throws IOException {
        try (Workbench workbench = Workbench.open(database.applyTo(config))) {
            byte[] bytes = switch (format) {
                case pdf -> workbench.reports().pdf(id);
                case docx -> workbench.reports().docx(id);
                case html -> workbench.reports().html(id).getBytes(StandardCharsets.UTF_8);
            };
            Files.write(output, bytes);
            spec.commandLine().getOut().printf("Wrote the report of assessment %d to %s (%,d bytes)%n", id, output, bytes.length);
        }
        return 0;
    }
}
