package uk.bestvalue;

import uk.bestvalue.cli.Cli;

/** Entry point: reads the configuration once, then hands over to the command line. */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        int exitCode;
        try {
            exitCode = Cli.create(Config.fromEnvironment(System.getenv())).execute(args);
        } catch (ConfigInvalid e) {
            System.err.println("bestvalue: " + e.getMessage());
            exitCode = 2;
        }
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }
}
