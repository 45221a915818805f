package uk.bestvalue.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.bestvalue.Config;
import uk.bestvalue.Workbench;
import uk.bestvalue.warning.Evaluation;
import uk.bestvalue.warning.RuleSetImport;

@Command(name = "warnings", mixinStandardHelpOptions = true, description = "Early-warning rules and the flags they raise.",
        synopsisSubcommandLabel = "COMMAND")
final class WarningsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Say what to do, e.g. 'warnings evaluate' or 'warnings import FILE'");
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = {"Evaluate every early-warning rule over the data held: open flags for rules now met, close those no longer met.",
                    "Imports do this for the metrics they change; run it after changing rules or on demand."})
    static final class Evaluate implements Callable<Integer> {
        private final Config config;

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        Evaluate(Config config) {
            this.config = config;
        }

        @Override
        public Integer call() {
            try (Workbench workbench = Workbench.open(database.applyTo(config))) {
                workbench.loadShippedData();
                workbench.explorer().loadShipped();
                workbench.warnings().loadShipped();
                Evaluation e = workbench.warnings().evaluate();
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%d rules evaluated in %,d ms (%,d ms of CPU): %d flags opened, %d closed, %d open.%n", e.rules(), e.millis(),
                        e.cpuMillis(), e.opened(), e.closed(), e.open());
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import a version of a rule set from a YAML file (format: docs/early-warning.md).",
                    "The whole file is checked first; every problem is listed with its location and nothing is changed.",
                    "The same version again is a no-op; a version that raised flags cannot change: give it a new version."})
    static final class Import implements Callable<Integer> {
        private final Config config;

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Parameters(paramLabel = "FILE", description = "The rule file.")
        Path file;

        Import(Config config) {
            this.config = config;
        }

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "No such file: " + file);
            }
            try (Workbench workbench = Workbench.open(database.applyTo(config))) {
                workbench.loadShippedData();
                // The rules are checked against the metric catalogue; the shipped data sets load when the server starts.
                workbench.explorer().loadShipped(file -> false);
                RuleSetImport result = workbench.warnings().importRules(uk.bestvalue.Actor.installation(), file.getFileName().toString(),
                        Files.readAllBytes(file));
                PrintWriter out = spec.commandLine().getOut();
                out.println("Rule set " + result.reference() + ": " + result.outcome().name().toLowerCase() + " (" + result.rules() + " rules).");
                if (result.outcome() != RuleSetImport.Outcome.UNCHANGED) {
                    Evaluation e = workbench.warnings().evaluate();
                    out.printf("Evaluated: %d flags opened, %d closed, %d open.%n", e.opened(), e.closed(), e.open());
                }
            }
            return 0;
        }
    }
}
