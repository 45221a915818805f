package uk.bestvalue.cli;

import io.javalin.util.JavalinBindException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import uk.bestvalue.Config;
import uk.bestvalue.ConfigInvalid;
import uk.bestvalue.Conflict;
import uk.bestvalue.Invalid;
import uk.bestvalue.NotFound;
import uk.bestvalue.authority.RegisterRejected;
import uk.bestvalue.store.DatabaseUnavailable;

/**
 * The command line: builds the command tree with its configuration and turns failures into
 * one-line reasons and exit codes (2 for bad usage, 1 for a command that could not do its work).
 */
public final class Cli {
    public static final int FAILED = 1;
    /** Where the stack trace of an unforeseen failure goes, so that the terminal shows one line and an incident id. */
    private static final Logger INCIDENTS = LoggerFactory.getLogger("uk.bestvalue.incidents");

    private Cli() {
    }

    public static CommandLine create(Config config) {
        CommandLine root = new CommandLine(new BestValueCommand());
        root.addSubcommand(new CommandLine(new ServeCommand(config)));
        root.addSubcommand(new CommandLine(new DbCommand())
                .addSubcommand(new CommandLine(new DbCommand.Migrate(config))));
        root.addSubcommand(new CommandLine(new AuthoritiesCommand())
                .addSubcommand(new CommandLine(new AuthoritiesCommand.Import(config))));
        root.addSubcommand(new CommandLine(new FrameworkCommand())
                .addSubcommand(new CommandLine(new FrameworkCommand.Import(config)))
                .addSubcommand(new CommandLine(new FrameworkCommand.List(config)))
                .addSubcommand(new CommandLine(new FrameworkCommand.Mapping(config))));
        root.addSubcommand(new CommandLine(new AssessmentCommand())
                .addSubcommand(new CommandLine(new AssessmentCommand.Export(config)))
                .addSubcommand(new CommandLine(new AssessmentCommand.Import(config))));
        root.addSubcommand(new CommandLine(new ReportCommand(config)));
        root.addSubcommand(new CommandLine(new BenchCommand(config)));
        root.addSubcommand(new CommandLine(new ImportCommand())
                .addSubcommand(new CommandLine(new ImportCommand.Values(config))));
        root.addSubcommand(new CommandLine(new UsersCommand())
                .addSubcommand(new CommandLine(new UsersCommand.Add(config)))
                .addSubcommand(new CommandLine(new UsersCommand.List(config)))
                .addSubcommand(new CommandLine(new UsersCommand.Disable(config))));
        root.addSubcommand(new CommandLine(new TokensCommand())
                .addSubcommand(new CommandLine(new TokensCommand.Create(config)))
                .addSubcommand(new CommandLine(new TokensCommand.List(config)))
                .addSubcommand(new CommandLine(new TokensCommand.Revoke(config))));
        root.addSubcommand(new CommandLine(new AuditCommand())
                .addSubcommand(new CommandLine(new AuditCommand.Verify(config))));
        root.addSubcommand(new CommandLine(new MetricsCommand())
                .addSubcommand(new CommandLine(new MetricsCommand.Add(config)))
                .addSubcommand(new CommandLine(new MetricsCommand.List(config))));
        root.addSubcommand(new CommandLine(new WarningsCommand())
                .addSubcommand(new CommandLine(new WarningsCommand.Evaluate(config)))
                .addSubcommand(new CommandLine(new WarningsCommand.Import(config))));
        root.addSubcommand(new CommandLine(new NeighboursCommand())
                .addSubcommand(new CommandLine(new NeighboursCommand.Import(config)))
                .addSubcommand(new CommandLine(new NeighboursCommand.Compute(config)))
                .addSubcommand(new CommandLine(new NeighboursCommand.List(config)))
                .addSubcommand(new CommandLine(new NeighboursCommand.Overlap(config))));
        root.setExecutionExceptionHandler(Cli::failed);
        root.setParameterExceptionHandler(Cli::badUsage);
        return root;
    }

    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("bestvalue: " + e.getMessage());
        command.usage(err);
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String incidentLog() {
        String configured = System.getenv("BV_INCIDENT_LOG");
        return configured != null ? configured
                : java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "bestvalue-incidents.log").toString();
    }

    private static int failed(Exception e, CommandLine command, CommandLine.ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (e instanceof Invalid invalid && !(e instanceof uk.bestvalue.framework.FrameworkRejected)) {
            err.println("bestvalue: nothing was saved; " + invalid.errors().size() + " problem(s):");
            invalid.errors().forEach(f -> err.println("  " + f.field() + ": " + f.message()));
        } else if (e instanceof uk.bestvalue.explorer.ValuesRejected) {
            err.println("bestvalue: " + e.getMessage());
        } else if (e instanceof RegisterRejected
                || e instanceof Invalid
                || e instanceof Conflict
                || e instanceof NotFound
                || e instanceof DatabaseUnavailable
                || e instanceof ConfigInvalid
                || e instanceof UncheckedIOException) {
            err.println("bestvalue: " + e.getMessage());
        } else if (e instanceof JavalinBindException) {
            err.println("bestvalue: the port is already in use; choose another with --port or BV_PORT (" + e.getMessage() + ")");
        } else {
            String incident = java.util.UUID.randomUUID().toString().substring(0, 8);
            INCIDENTS.error("Incident {}: command {} failed", incident, String.join(" ", parseResult.originalArgs()), e);
            err.println("bestvalue: the command failed unexpectedly (incident " + incident + "); nothing more was saved. "
                    + "The details are in the incident log (" + incidentLog() + ").");
        }
        err.flush();
        return FAILED;
    }
}
