package uk.bestvalue.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.bestvalue.Config;
import uk.bestvalue.Workbench;
import uk.bestvalue.auth.DemoAccounts;
import uk.bestvalue.authority.AuthorityStatus;
import uk.bestvalue.web.Web;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the web application and the API.",
                "On first start it creates the database and loads the authority register that ships with the product."})
final class ServeCommand implements Callable<Integer> {
    /** The example assessment's council, for which the demo accounts hold their roles. */
    private static final String DEMO_AUTHORITY = "E07000135";
    private final Config config;

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: 8080, or BV_PORT; 0 picks a free one).")
    Integer port;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to listen on (default: 127.0.0.1, or BV_HOST; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--example", negatable = true,
            description = "Load the example assessment on first start (default: yes on the embedded database, no on PostgreSQL; BV_EXAMPLE).")
    Boolean example;

    /** Only the embedded demo with its example gets demo accounts: never PostgreSQL, never with --no-example. */
    static boolean createsDemoAccounts(Config config) {
        return config.usesEmbeddedDatabase() && config.loadsExample();
    }

    ServeCommand(Config config) {
        this.config = config;
    }

    @Override
    public Integer call() throws InterruptedException {
        Config effective = database.applyTo(config);
        if (port != null) {
            effective = effective.withPort(port);
        }
        if (host != null) {
            effective = effective.withHost(host);
        }
        if (example != null) {
            effective = effective.withExample(example);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Opening the " + DatabaseOptions.describe(effective) + " …");
        out.flush();
        Workbench workbench = Workbench.open(effective);
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            workbench.loadShippedData();
            if (workbench.explorer().imports().isEmpty()) {
                out.println("Loading the performance data that ships with the product …");
                out.flush();
            }
            workbench.explorer().loadShipped();
            workbench.neighbours().loadShipped();
            workbench.warnings().loadShipped();
            if (effective.loadsExample()) {
                workbench.exchange().loadExampleIfAbsent().ifPresent(loaded ->
                        out.println("Loaded the example assessment: /assessments/" + loaded.id()));
            }
            if (createsDemoAccounts(effective)) {
                var demo = DemoAccounts.ensure(workbench.accounts(), DEMO_AUTHORITY);
                out.println("Demo accounts (embedded demo only), password \"" + DemoAccounts.PASSWORD + "\": "
                        + String.join(", ", demo.stream().map(a -> a.email()).toList()) + ". Sign in at /sign-in.");
            }
            Javalin app = Web.create(workbench, effective.trustedProxies());
            app.start(effective.host(), effective.port());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                app.stop();
                workbench.close();
                stopped.countDown();
            }, "bestvalue-shutdown"));
            String shownHost = effective.host().equals("0.0.0.0") ? "localhost" : effective.host();
            out.println("Best Value Workbench is running at http://" + shownHost + ":" + app.port() + "/ ("
                    + workbench.authorities().count(AuthorityStatus.CURRENT) + " current authorities). Press Ctrl+C to stop.");
            out.flush();
        } catch (RuntimeException e) {
            workbench.close();
            throw e;
        }
        stopped.await();
        return 0;
    }
}
