package uk.bestvalue.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import uk.bestvalue.Actor;
import uk.bestvalue.Config;
import uk.bestvalue.Workbench;
import uk.bestvalue.auth.Account;
import uk.bestvalue.auth.NewAccount;
import uk.bestvalue.auth.Role;

@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage the people who can sign in.",
        synopsisSubcommandLabel = "COMMAND")
final class UsersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Say what to do, e.g. 'users add', 'users list' or 'users disable'");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Create an account, optionally an installation admin, optionally with a role at one authority.",
                    "The password is read from standard input with --password-stdin; otherwise one is generated and printed once.",
                    "For an existing account, --role and --authority add that role to it."})
    static final class Add implements Callable<Integer> {
        private final Config config;

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "The email address people sign in with.")
        String email;

        @Option(names = "--name", paramLabel = "NAME", description = "How the account is named on pages and in the audit trail.")
        String name;

        @Option(names = "--admin", description = "Make the account an installation admin (every authority, shared data).")
        boolean admin;

        @Option(names = "--role", paramLabel = "ROLE", description = "A role at --authority: ${COMPLETION-CANDIDATES}.",
                converter = RoleConverter.class, completionCandidates = RoleConverter.Codes.class)
        Role role;

        @Option(names = "--authority", paramLabel = "CODE", description = "The ONS code of the authority the role is at.")
        String authority;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordFromStdin;

        Add(Config config) {
            this.config = config;
        }

        @Override
        public Integer call() {
            if ((role == null) != (authority == null)) {
                throw new ParameterException(spec.commandLine(), "--role and --authority go together");
            }
            PrintWriter out = spec.commandLine().getOut();
            try (Workbench workbench = Workbench.open(database.applyTo(config))) {
                workbench.loadShippedData();
                boolean exists = workbench.accounts().list().stream().anyMatch(a -> a.email().equalsIgnoreCase(email.strip()));
                if (!exists) {
                    if (name == null || name.isBlank()) {
                        throw new ParameterException(spec.commandLine(), "A new account needs --name");
                    }
                    String password = passwordFromStdin ? firstLineOfStdin() : workbench.accounts().generatePassword();
                    Account account = workbench.accounts().add(new NewAccount(email, name, password, admin, false), Actor.installation());
                    out.println("Created " + account.email() + (admin ? " (installation admin)" : "") + ".");
                    if (!passwordFromStdin) {
                        out.println("Password (shown once, store it safely): " + password);
                    }
                } else if (admin || passwordFromStdin) {
                    throw new ParameterException(spec.commandLine(), "An account with the email " + email.strip()
                            + " already exists; only --role and --authority can be added to it");
                }
                if (role != null) {
                    Account account = workbench.accounts().grant(email, authority, role, Actor.installation());
                    out.println(account.email() + " is " + role.label() + " at " + authority.strip().toUpperCase() + ".");
                }
            }
            return 0;
        }

        private static String firstLineOfStdin() {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                return line == null ? "" : line;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts and their roles.")
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
                for (Account a : workbench.accounts().list()) {
                    String roles = a.grants().stream().map(g -> g.role().code() + "@" + g.authority()).collect(Collectors.joining(", "));
                    out.println(a.email() + "\t" + a.displayName() + "\t" + (a.installationAdmin() ? "installation-admin" : "")
                            + (a.installationAdmin() && !roles.isEmpty() ? ", " : "") + roles
                            + (a.disabled() ? "\tdisabled" : "") + (a.demo() ? "\tdemo" : ""));
                }
            }
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Stop an account signing in or using its API tokens; its sessions end at once.")
    static final class Disable implements Callable<Integer> {
        private final Config config;

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "The account to disable.")
        String email;

        Disable(Config config) {
            this.config = config;
        }

        @Override
        public Integer call() {
            try (Workbench workbench = Workbench.open(database.applyTo(config))) {
                Account account = workbench.accounts().disable(email, Actor.installation());
                spec.commandLine().getOut().println("Disabled " + account.email() + ".");
            }
            return 0;
        }
    }
}
