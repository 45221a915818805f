package uk.bestvalue.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.bestvalue.Config;
import uk.bestvalue.Workbench;
import uk.bestvalue.authority.RegisterImport;

@Command(name = "authorities", mixinStandardHelpOptions = true, description = "Manage the register of local authorities.",
        synopsisSubcommandLabel = "COMMAND")
final class AuthoritiesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Say what to do, e.g. 'authorities import FILE'");
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import a register file in mySociety's 'UK Local Authorities (past and current)' CSV format.",
                    "English rows are added or updated; other nations' rows are passed over.",
                    "The file is checked whole first: if any row is bad, nothing is changed and every problem is listed with its row."})
    static final class Import implements Callable<Integer> {
        private final Config config;

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Parameters(paramLabel = "FILE", description = "The register CSV file.")
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
                RegisterImport result = workbench.authorities().importFile(file);
                spec.commandLine().getOut().println("Imported " + result.imported() + " English authorities from " + result.source()
                        + ": " + result.added() + " new, " + result.updated() + " updated; "
                        + result.skippedOutsideEngland() + " rows for Wales, Scotland and Northern Ireland passed over.");
            }
            return 0;
        }
    }
}
