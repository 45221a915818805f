package uk.bestvalue.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.bestvalue.Workbench;
import uk.bestvalue.authority.AuthorityQuery;
import uk.bestvalue.authority.AuthorityStatus;
import uk.bestvalue.neighbours.NeighbourSet;

/**
 * Nearest neighbours for every council: the time to compute the product's own model (read the
 * indicators, standardise, rank every pair, store lists and indicators) and the peak heap while
 * doing so; and the time to read one council's list with its explanation, as the authority page does.
 */
public final class NeighbourBenchmark {
    private final Workbench wb;
    private final int runs;
    private final PrintWriter log;

    public NeighbourBenchmark(Workbench workbench, int runs, PrintWriter log) {
        this.wb = workbench;
        this.runs = Math.max(1, runs);
        this.log = log;
    }

    public List<Figure> run() {
        List<Figure> figures = new ArrayList<>();
        log.println("== Nearest neighbours: the shipped ONS sets, then our model for every council, " + runs + " times");
        log.flush();
        wb.loadShippedData();
        wb.explorer().loadShipped();
        wb.neighbours().loadShipped();
        long heapBefore = usedHeap();
        resetPeaks();
        double[] seconds = new double[runs];
        NeighbourSet set = null;
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            set = wb.neighbours().compute();
            seconds[i] = (System.nanoTime() - started) / 1e9;
        }
        long peak = peakHeap();
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        String note = set.lists() + " councils, same-tier lists of 15, " + wb.db().engine().label();
        figures.add(new Figure("neighbours compute, first", seconds[0], "s", note));
        figures.add(new Figure("neighbours compute, median", sorted[sorted.length / 2], "s", note + ", " + runs + " runs"));
        figures.add(new Figure("neighbours peak heap", peak / 1_048_576.0, "MB",
                "peak of the heap pools while computing (" + heapBefore / 1_048_576 + " MB in use before)"));

        List<String> councils = wb.authorities().find(new AuthorityQuery(null, null, null, AuthorityStatus.CURRENT)).stream()
                .filter(a -> a.type().isCouncil()).map(a -> a.code().value()).toList();
        long started = System.nanoTime();
        for (String code : councils) {
            wb.neighbours().list(code, set.key());
        }
        figures.add(new Figure("neighbour list with why", (System.nanoTime() - started) / 1e6 / councils.size(), "ms",
                "mean over " + councils.size() + " councils, as the authority page reads it"));
        return figures;
    }

    private static long usedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of each heap pool's peak since the reset: an upper bound on the heap the computation needed at once. */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
