package uk.bestvalue.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
import uk.bestvalue.Config;
import uk.bestvalue.Workbench;
import uk.bestvalue.explorer.ImportRequest;
import uk.bestvalue.explorer.ImportResult;
import uk.bestvalue.explorer.ValueProblem;

@Command(name = "import", mixinStandardHelpOptions = true, description = "Import performance data.", synopsisSubcommandLabel = "COMMAND")
final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Say what to import, e.g. 'import values FILE'");
    }

    @Command(name = "values", mixinStandardHelpOptions = true,
            description = {"Import metric values from a CSV or .xlsx file: long form (authority_code, metric, period, value[, status][, note]),",
                    "wide form (one column per year or per metric, described by --mapping),",
                    "or DEFRA's recycling file or Oflog's adult social care file as published (told apart by the header).",
                    "The whole file is checked first: a file with any bad row changes nothing, and every problem is listed",
                    "with its row and column. Importing the same data again changes nothing."})
    static final class Values implements Callable<Integer> {
        private final Config config;

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Parameters(paramLabel = "FILE", description = "The CSV file.")
        Path file;

        @Option(names = "--metric", paramLabel = "ID", description = "The metric of every row, for a file without a metric column.")
        String metric;

        @Option(names = "--skip-bad-rows", description = "Import the good rows and report the bad ones, instead of refusing the file.")
        boolean skipBadRows;

        @Option(names = "--mapping", paramLabel = "FILE",
                description = "A mapping file (bestvalue-wide/1, docs/formats.md) for a wide file: one column per year or per metric.")
        Path mapping;

        @Option(names = "--recipe", paramLabel = "FILE",
                description = "A recipe (bestvalue-recipe/1, docs/formats.md) that says how to read a publisher's own CSV, .xlsx or .ods file.")
        Path recipe;

        @Option(names = "--check", description = "Read and check every row and say what the import would do, writing nothing.")
        boolean check;

        @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet to read from an .xlsx workbook (default: the first).")
        String sheet;

        @Option(names = "--source", paramLabel = "TEXT", description = "Where the file came from, kept with the import record.")
        String source;

        @Option(names = "--licence", paramLabel = "TEXT", description = "The data's licence, kept with the import record.")
        String licence;

        Values(Config config) {
            this.config = config;
        }

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "No such file: " + file);
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            byte[] content = Files.readAllBytes(file);
            if (mapping != null && !Files.isRegularFile(mapping)) {
                throw new ParameterException(spec.commandLine(), "No such mapping file: " + mapping);
            }
            String mappingText = mapping == null ? null : Files.readString(mapping);
            if (recipe != null && !Files.isRegularFile(recipe)) {
                throw new ParameterException(spec.commandLine(), "No such recipe file: " + recipe);
            }
            String recipeText = recipe == null ? null : Files.readString(recipe);
            try (Workbench workbench = Workbench.open(database.applyTo(config))) {
                workbench.loadShippedData();
                workbench.explorer().loadShipped();
                ImportRequest request = new ImportRequest(file.getFileName().toString(), content, metric,
                        skipBadRows, source, licence, System.getProperty("user.name", "command line"), rows -> {
                            err.printf("\rRead %,d rows …", rows);
                            err.flush();
                        }, mappingText, sheet, recipeText);
                ImportResult result = workbench.explorer().importValues(uk.bestvalue.Actor.installation(), check ? request.checkingOnly() : request);
                err.print("\r");
                err.flush();
                for (ValueProblem problem : result.skipped()) {
                    err.println("skipped " + problem);
                }
                if (result.skippedCount() > result.skipped().size()) {
                    err.printf("... and %,d more skipped (counted in the summary, not listed)%n", result.skippedCount() - result.skipped().size());
                }
                out.printf("%s (%s): %s%n", result.fileName(), result.format(), result.summary());
                if (result.rows() == 0 && !result.skipped().isEmpty()) {
                    err.println("Every row was bad, so nothing was imported.");
                    return 1;
                }
                out.println(check ? "Checked only: nothing was written." : result.changedNothing() ? "Nothing changed."
                        : "Import record " + result.importId() + ".");
            }
            return 0;
        }
    }
}
