package uk.bestvalue.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import uk.bestvalue.Config;
import uk.bestvalue.Workbench;
import uk.bestvalue.auth.Verification;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "Check the audit trail.", synopsisSubcommandLabel = "COMMAND")
final class AuditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Say what to do, e.g. 'audit verify'");
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check every entry of the audit trail against the one before it.",
                    "Exits 1 and names the first broken entry when a row was changed, deleted or moved in the database.",
                    "Prints the latest hash: keep it elsewhere, and a rewritten chain is detectable too."})
    static final class Verify implements Callable<Integer> {
        private final Config config;

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        Verify(Config config) {
            this.config = config;
        }

        @Override
        public Integer call() {
            try (Workbench workbench = Workbench.open(database.applyTo(config))) {
                Verification result = workbench.audit().verify();
                if (result.intact()) {
                    spec.commandLine().getOut().println("The audit trail is intact: " + result.entriesChecked()
                            + " entries checked; latest hash " + result.headHash() + ".");
                    return 0;
                }
                PrintWriter err = spec.commandLine().getErr();
                err.println("bestvalue: the audit trail is broken at entry " + result.firstBrokenSeq() + ": " + result.problem() + ".");
                return Cli.FAILED;
            }
        }
    }
}
