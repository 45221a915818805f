package uk.bestvalue.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.bestvalue.Actor;
import uk.bestvalue.Config;
import uk.bestvalue.Workbench;
import uk.bestvalue.auth.NewToken;
import uk.bestvalue.auth.Role;
import uk.bestvalue.auth.TokenSummary;

@Command(name = "tokens", mixinStandardHelpOptions = true, description = "Manage API tokens for machine clients.",
        synopsisSubcommandLabel = "COMMAND")
final class TokensCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Say what to do, e.g. 'tokens create', 'tokens list' or 'tokens revoke ID'");
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create an API token that acts for an account in one role at one authority (prints it once).",
                    "Without --authority, only for an installation admin: the token then acts as installation admin.",
                    "Clients send it as 'Authorization: Bearer TOKEN'."})
    static final class Create implements Callable<Integer> {
        private final Config config;

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "The account the token acts for.")
        String email;

        @Option(names = "--authority", paramLabel = "CODE", description = "The ONS code of the authority the token acts at.")
        String authority;

        @Option(names = "--role", paramLabel = "ROLE", converter = RoleConverter.class,
                description = "The role it acts in (default: the most capable the account holds there).")
        Role role;

        @Option(names = "--label", paramLabel = "TEXT", description = "What the token is for, e.g. 'nightly data load'.")
        String label;

        Create(Config config) {
            this.config = config;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Workbench workbench = Workbench.open(database.applyTo(config))) {
                NewToken token = workbench.tokens().create(email, authority, role, label, Actor.installation());
                out.println("Token " + token.id() + " for " + email.strip().toLowerCase() + (token.authority() == null
                        ? " as installation admin" : " as " + token.role().label() + " at " + token.authority()) + ".");
                out.println("Shown once, store it safely: " + token.secret());
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List API tokens (never their secrets).")
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
                for (TokenSummary t : workbench.tokens().list()) {
                    out.println(t.id() + "\t" + t.email() + "\t" + (t.authority() == null ? "installation-admin" : t.role().code() + "@" + t.authority())
                            + "\t" + t.label() + "\t" + (t.revokedAt() == null ? "active" : "revoked " + t.revokedAt()));
                }
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke an API token: it stops working at once.")
    static final class Revoke implements Callable<Integer> {
        private final Config config;

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Parameters(paramLabel = "ID", description = "The token's number, as 'tokens list' shows it.")
        long id;

        Revoke(Config config) {
            this.config = config;
        }

        @Override
        public Integer call() {
            try (Workbench workbench = Workbench.open(database.applyTo(config))) {
                workbench.tokens().revoke(id, Actor.installation());
                spec.commandLine().getOut().println("Revoked token " + id + ".");
            }
            return 0;
        }
    }
}
