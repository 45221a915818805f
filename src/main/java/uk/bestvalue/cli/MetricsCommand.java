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
import uk.bestvalue.Actor;
import uk.bestvalue.Config;
import uk.bestvalue.Workbench;
import uk.bestvalue.explorer.Explorer;
import uk.bestvalue.explorer.Metric;

@Command(name = "metrics", mixinStandardHelpOptions = true, description = "Add, update and list the metrics of the catalogue.",
        synopsisSubcommandLabel = "COMMAND")
final class MetricsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Say what to do, e.g. 'metrics add FILE.yaml' or 'metrics list'");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add the metrics a metric definition file (YAML, format bestvalue-metrics/1, docs/formats.md) describes,",
                    "and update the ones that exist: their values are kept. Every definition is checked first; one bad",
                    "definition saves none, and every problem is named."})
    static final class Add implements Callable<Integer> {
        private final Config config;

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Parameters(paramLabel = "FILE", description = "The metric definition file (.yaml).")
        Path file;

        Add(Config config) {
            this.config = config;
        }

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "No such file: " + file);
            }
            byte[] content = Files.readAllBytes(file);
            PrintWriter out = spec.commandLine().getOut();
            try (Workbench workbench = Workbench.open(database.applyTo(config))) {
                workbench.loadShippedData();
                workbench.explorer().loadShipped();
                for (Explorer.MetricSaved saved : workbench.explorer().defineMetrics(Actor.installation(), content)) {
                    out.println(saved.action() + " " + saved.id());
                }
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the metrics by area: id, unit, polarity, period type and title.")
    static final class List implements Callable<Integer> {
        private final Config config;

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        List(Config config) {
            this.config = config;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Workbench workbench = Workbench.open(database.applyTo(config))) {
                workbench.loadShippedData();
                workbench.explorer().loadShipped();
                String area = null;
                for (Metric m : workbench.explorer().metrics()) {
                    if (!m.area().equals(area)) {
                        area = m.area();
                        out.println(area);
                    }
                    out.printf("  %-45s %-10s %-13s %-14s %s%n", m.id(), m.unit(), m.polarity().id(), m.periodType(), m.title());
                }
            }
            return 0;
        }
    }
}
