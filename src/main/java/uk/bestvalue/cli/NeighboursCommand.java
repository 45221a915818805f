package uk.bestvalue.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.bestvalue.Config;
import uk.bestvalue.Workbench;
import uk.bestvalue.neighbours.NeighbourList;
import uk.bestvalue.neighbours.NeighbourSet;
import uk.bestvalue.neighbours.Neighbours;

@Command(name = "neighbours", mixinStandardHelpOptions = true,
        description = "Import, compute, list and compare nearest-neighbour sets (docs/neighbours.md).", synopsisSubcommandLabel = "COMMAND")
final class NeighboursCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Say what to do, e.g. 'neighbours import FILE --key cipfa-2024 --name \"CIPFA 2024\"'");
    }

    /** Opens the database with what ships loaded: the register, metrics and their data, and the neighbour sets. */
    static Workbench opened(Config config, DatabaseOptions database) {
        Workbench workbench = Workbench.open(database.applyTo(config));
        workbench.loadShippedData();
        workbench.explorer().loadShipped();
        workbench.neighbours().loadShipped();
        return workbench;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import a file of neighbour lists as a set: the product's layout (authority_code,rank,neighbour_code[,distance])",
                    "or ONS's similar councils as published (AREACD,1,2,…). The whole file is checked first: one bad row changes",
                    "nothing, and every problem is named by row and column. Importing the same file again changes nothing.",
                    "Welsh and Scottish neighbours are kept, marked outside the data."})
    static final class Import implements Callable<Integer> {
        private final Config config;

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Parameters(paramLabel = "FILE", description = "The CSV file.")
        Path file;

        @Option(names = "--key", required = true, paramLabel = "KEY", description = "How URLs and the API name the set, e.g. cipfa-2024.")
        String key;

        @Option(names = "--name", required = true, paramLabel = "TEXT", description = "The set's name, e.g. \"CIPFA nearest neighbours 2024\".")
        String name;

        @Option(names = "--publisher", paramLabel = "TEXT", description = "Who published the lists.")
        String publisher;

        @Option(names = "--licence", paramLabel = "TEXT", description = "The licence the lists are held under.")
        String licence;

        @Option(names = "--source", paramLabel = "TEXT", description = "Where the file came from.")
        String source;

        @Option(names = "--method", paramLabel = "TEXT", description = "How the publisher made the lists.")
        String method;

        @Option(names = "--edition", paramLabel = "TEXT", description = "The year or version of the lists.")
        String edition;

        Import(Config config) {
            this.config = config;
        }

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "No such file: " + file);
            }
            byte[] content = Files.readAllBytes(file);
            PrintWriter out = spec.commandLine().getOut();
            try (Workbench workbench = opened(config, database)) {
                Neighbours.ImportOutcome outcome = workbench.neighbours().importFile(
                        new Neighbours.SetDetails(key, name, publisher, licence, source, method, edition), content);
                out.println((outcome.changed() ? "Imported " : "Unchanged: ") + outcome.set().key() + " (" + outcome.layout() + " layout): "
                        + outcome.lists() + " lists, " + outcome.neighbours() + " neighbours, of which " + outcome.neighboursOutside()
                        + " outside the data (not English councils in the register); " + outcome.listsOutside()
                        + " lists of areas outside the data left out.");
                if (outcome.changed()) {
                    reevaluate(workbench, out);
                }
            }
            return 0;
        }
    }

    @Command(name = "compute", mixinStandardHelpOptions = true,
            description = {"Compute our own model's neighbours for every current council from the indicators in the database:",
                    "the shipped model (data/neighbours/model.yaml), or a model file of your own (bestvalue-neighbours-model/1)."})
    static final class Compute implements Callable<Integer> {
        private final Config config;

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Option(names = "--model", paramLabel = "FILE", description = "A model file; the shipped model when left out.")
        Path model;

        Compute(Config config) {
            this.config = config;
        }

        @Override
        public Integer call() throws IOException {
            byte[] content = model == null ? null : Files.readAllBytes(model);
            PrintWriter out = spec.commandLine().getOut();
            try (Workbench workbench = opened(config, database)) {
                NeighbourSet set = content == null ? workbench.neighbours().compute() : workbench.neighbours().compute(content);
                out.println("Computed " + set.key() + ": " + set.lists() + " lists. " + set.method());
                reevaluate(workbench, out);
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the neighbour sets, or one authority's neighbours with their distance and why they are near.")
    static final class List implements Callable<Integer> {
        private final Config config;

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Parameters(paramLabel = "CODE", arity = "0..1", description = "An authority's ONS code.")
        String code;

        @Option(names = "--set", paramLabel = "KEY", description = "The set; the authority's default set when left out.")
        String set;

        List(Config config) {
            this.config = config;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Workbench workbench = opened(config, database)) {
                if (code == null) {
                    for (NeighbourSet s : workbench.neighbours().sets()) {
                        out.printf("%-24s %4d lists %4d outside  %s%n", s.key(), s.lists(), s.outside(), s.name());
                    }
                    return 0;
                }
                NeighbourList list = workbench.neighbours().list(code, set);
                out.println(list.authority().name() + " — " + list.set().name());
                for (NeighbourList.Entry e : list.neighbours()) {
                    out.printf("%3d  %-9s %-40s %s%s%n", e.neighbour().rank(), e.neighbour().code(),
                            e.neighbour().outside() ? "(outside the data)" : e.neighbour().name(),
                            e.neighbour().distance() == null ? "" : String.format(Locale.ROOT, "%.3f", e.neighbour().distance()),
                            e.closest().isEmpty() ? "" : "  closest on " + e.closest().get(0).title() + ", furthest on " + e.furthest().get(0).title());
                }
            }
            return 0;
        }
    }

    @Command(name = "overlap", mixinStandardHelpOptions = true,
            description = {"How many of each council's top N neighbours in one set are also in its top N in another, summarised",
                    "by type of council: the comparison docs/neighbours.md reports. Neighbours outside the data are left out of both."})
    static final class Overlap implements Callable<Integer> {
        private final Config config;

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Option(names = "--set", paramLabel = "KEY", description = "The first set; our own model when left out.")
        String first;

        @Option(names = "--with", paramLabel = "KEY", defaultValue = "ons-global", description = "The second set (default: ${DEFAULT-VALUE}).")
        String second;

        @Option(names = "--top", paramLabel = "N", defaultValue = "15", description = "How many neighbours to compare (default: ${DEFAULT-VALUE}).")
        int top;

        @Option(names = "--each", description = "Also list every council's overlap.")
        boolean each;

        Overlap(Config config) {
            this.config = config;
        }

        @Override
        public Integer call() {
            if (top < 1 || top > 100) {
                throw new ParameterException(spec.commandLine(), "--top must be from 1 to 100");
            }
            PrintWriter out = spec.commandLine().getOut();
            try (Workbench workbench = opened(config, database)) {
                String firstKey = first == null ? workbench.neighbours().modelKey() : first;
                java.util.List<Neighbours.Overlap> overlaps = workbench.neighbours().overlap(firstKey, second, top);
                out.println("Overlap of the top " + top + " neighbours: " + firstKey + " against " + second + ", "
                        + overlaps.size() + " councils in both");
                out.println("| Councils | Number | Mean shared | Median shared | None shared | Half or more shared |");
                out.println("|---|---:|---:|---:|---:|---:|");
                Map<String, java.util.List<Neighbours.Overlap>> byType = new TreeMap<>(overlaps.stream()
                        .collect(Collectors.groupingBy(Neighbours.Overlap::type)));
                byType.forEach((type, list) -> out.println(row(type.replace('_', ' '), list)));
                out.println(row("all", overlaps));
                if (each) {
                    overlaps.forEach(o -> out.printf("%s  %-40s %2d of %2d%n", o.code(), o.name(), o.shared(), o.compared()));
                }
            }
            return 0;
        }

        private static String row(String label, java.util.List<Neighbours.Overlap> list) {
            java.util.List<Integer> shared = list.stream().map(Neighbours.Overlap::shared).sorted().toList();
            double mean = shared.stream().mapToInt(Integer::intValue).average().orElse(0);
            double median = shared.isEmpty() ? 0 : shared.size() % 2 == 1 ? shared.get(shared.size() / 2)
                    : (shared.get(shared.size() / 2 - 1) + shared.get(shared.size() / 2)) / 2.0;
            long none = shared.stream().filter(s -> s == 0).count();
            long half = list.stream().filter(o -> o.shared() * 2 >= o.compared()).count();
            return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %d | %d |", label, list.size(), mean, median, none, half);
        }
    }

    /** Early-warning rules that compare a council with its neighbours read the lists just changed: evaluate them again. */
    private static void reevaluate(Workbench workbench, PrintWriter out) {
        if (workbench.warnings().active().isEmpty()) {
            return;
        }
        var evaluation = workbench.warnings().evaluate();
        out.println("Early-warning rules evaluated again on the new lists: " + evaluation.opened() + " flags opened, " + evaluation.closed()
                + " closed, " + evaluation.open() + " open.");
    }
}
