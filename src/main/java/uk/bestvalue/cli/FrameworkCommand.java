package uk.bestvalue.cli;

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
import uk.bestvalue.framework.FrameworkImport;
import uk.bestvalue.framework.FrameworkSummary;

@Command(name = "framework", mixinStandardHelpOptions = true, description = "Manage frameworks and their versions.",
        synopsisSubcommandLabel = "COMMAND")
final class FrameworkCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Say what to do, e.g. 'framework import FILE' or 'framework list'");
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import a framework version from a YAML or JSON file (format: docs/formats.md).",
                    "The whole file is checked first; every problem is listed with its location and nothing is changed.",
                    "Importing the same version again is a no-op; a version that assessments use cannot change: give it a new version key."})
    static final class Import implements Callable<Integer> {
        private final Config config;

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Parameters(paramLabel = "FILE", description = "The framework file.")
        Path file;

        Import(Config config) {
            this.config = config;
        }

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "No such file: " + file);
            }
            try (Workbench workbench = Workbench.open(database.applyTo(config))) {
                workbench.loadShippedData();
                FrameworkImport result = workbench.frameworks().importFile(file);
                spec.commandLine().getOut().println("Framework version " + result.reference() + ": " + result.outcome().description()
                        + " (" + result.themes() + " themes, " + result.criteria() + " criteria).");
            }
            return 0;
        }
    }

    @Command(name = "mapping", mixinStandardHelpOptions = true,
            description = {"Import how one framework version carries into another (format: docs/framework-mapping.md).",
                    "Roll forward, change of framework version and year on year use it; without one, criteria are matched by code.",
                    "The whole file is checked first; every problem is listed with its location and nothing is changed."})
    static final class Mapping implements Callable<Integer> {
        private final Config config;

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Parameters(paramLabel = "FILE", description = "The mapping file.")
        Path file;

        Mapping(Config config) {
            this.config = config;
        }

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "No such file: " + file);
            }
            try (Workbench workbench = Workbench.open(database.applyTo(config))) {
                workbench.loadShippedData();
                var mapping = workbench.frameworks().importMapping(file);
                spec.commandLine().getOut().println("Mapping " + mapping.from() + " -> " + mapping.to() + ": " + mapping.themes().size()
                        + " theme and " + mapping.criteria().size() + " criterion entries.");
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the frameworks and versions that are loaded.")
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
                for (FrameworkSummary framework : workbench.frameworks().frameworks()) {
                    out.println(framework.name() + " (" + framework.key() + ")");
                    for (var version : framework.versions()) {
                        out.printf("  %-40s %-6s %3d themes %4d criteria %4d assessments  %s%n", framework.key() + "/" + version.key(),
                                version.stage().id(), version.themes(), version.criteria(), version.assessments(), version.name());
                    }
                }
            }
            return 0;
        }
    }
}
