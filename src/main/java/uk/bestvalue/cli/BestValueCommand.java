package uk.bestvalue.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bestvalue", mixinStandardHelpOptions = true, version = "Best Value Workbench 0.1.0",
        synopsisSubcommandLabel = "COMMAND",
        description = {"Best Value Workbench: self-assessment against the Best Value Standards, performance data "
                + "for every English council, and council reports.", ""},
        footer = {"", "Settings also come from the environment: BV_PORT, BV_HOST, BV_DATA_DIR, BV_DB_URL, BV_DB_USER, BV_DB_PASSWORD.",
                "Run 'bestvalue COMMAND --help' for the options of a command."})
final class BestValueCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Say which command to run, e.g. 'serve'");
    }
}
