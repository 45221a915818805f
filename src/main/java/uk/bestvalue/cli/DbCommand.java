package uk.bestvalue.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.bestvalue.Config;
import uk.bestvalue.store.Database;

@Command(name = "db", mixinStandardHelpOptions = true, description = "Look after the database.",
        synopsisSubcommandLabel = "COMMAND")
final class DbCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Say what to do, e.g. 'db migrate'");
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = "Create the database schema, or bring it up to date. 'serve' does this too, on every start.")
    static final class Migrate implements Callable<Integer> {
        private final Config config;

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        Migrate(Config config) {
            this.config = config;
        }

        @Override
        public Integer call() {
            Config effective = database.applyTo(config);
            try (Database db = Database.open(effective.databaseSettings())) {
                int applied = db.migrate();
                spec.commandLine().getOut().println("The schema of the " + DatabaseOptions.describe(effective) + " is up to date ("
                        + (applied == 0 ? "nothing to apply" : applied + (applied == 1 ? " migration" : " migrations") + " applied") + ").");
            }
            return 0;
        }
    }
}
