package uk.bestvalue.explorer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import uk.bestvalue.Conflict;

/**
 * One import per metric at a time in this process. Two overlapping imports of the same metric would
 * each compare the file with what was stored before either wrote; serialised, the later one compares
 * with what the earlier one left. Locks are taken in metric order so two imports never wait on each other.
 * (On PostgreSQL an advisory lock does the same between processes.)
 */
final class MetricLocks {
    private static final Map<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();
    private static final long WAIT_SECONDS = 120;

    private MetricLocks() {
    }

    static <T> T holding(List<String> sortedMetricIds, Supplier<T> work) {
        List<ReentrantLock> held = new java.util.ArrayList<>();
        try {
            for (String metric : sortedMetricIds) {
                ReentrantLock lock = LOCKS.computeIfAbsent(metric, m -> new ReentrantLock(true));
                if (!lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    throw new Conflict("Another import of " + metric + " has been running for over " + WAIT_SECONDS
                            + " seconds; try again when it has finished");
                }
                held.add(lock);
            }
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Conflict("The import was interrupted while waiting for another import of the same metric");
        } finally {
            held.forEach(ReentrantLock::unlock);
        }
    }
}
