package uk.bestvalue.explorer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.store.ChangeFeed;

/**
 * Keeps recent comparisons, the values behind them and the register, so that a page or API call
 * that was answered a moment ago is answered again without the database. A change through any node
 * (or the command line) on the same database clears it on every node through the database's
 * {@link ChangeFeed}; entries also expire after a minute, in case an announcement was lost.
 */
final class ComparisonCache {
    /** What the explorer announces after a change to values, metrics or groups; the register's topic clears it too. */
    static final String TOPIC = "explorer";

    private final ChangeFeed changes;

    ComparisonCache(ChangeFeed changes) {
        this.changes = changes;
        changes.subscribe(TOPIC, this::forget);
        changes.subscribe(uk.bestvalue.authority.AuthorityRegister.TOPIC, this::forget);
    }

    private static final long TIME_TO_LIVE_NANOS = 60_000_000_000L;
    private static final int MAX_COMPARISONS = 20_000;
    private static final int MAX_VALUE_SETS = 2_000;

    private record Entry<T>(T value, long loadedAt) {
        boolean fresh() {
            return System.nanoTime() - loadedAt < TIME_TO_LIVE_NANOS;
        }
    }

    private final Map<String, Entry<Comparison>> comparisons = new ConcurrentHashMap<>();
    private final Map<String, Entry<List<MetricValue>>> values = new ConcurrentHashMap<>();
    private volatile Entry<List<Authority>> authorities;
    private volatile Entry<List<Metric>> metrics;
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    Comparison comparison(String key, Supplier<Comparison> load) {
        return get(comparisons, key, load, MAX_COMPARISONS);
    }

    List<MetricValue> values(String key, Supplier<List<MetricValue>> load) {
        return get(values, key, load, MAX_VALUE_SETS);
    }

    List<Authority> authorities(Supplier<List<Authority>> load) {
        Entry<List<Authority>> current = authorities;
        if (current == null || !current.fresh()) {
            current = new Entry<>(List.copyOf(load.get()), System.nanoTime());
            authorities = current;
        }
        return current.value();
    }

    List<Metric> metrics(Supplier<List<Metric>> load) {
        Entry<List<Metric>> current = metrics;
        if (current == null || !current.fresh()) {
            current = new Entry<>(List.copyOf(load.get()), System.nanoTime());
            metrics = current;
        }
        return current.value();
    }

    /** Changes whenever the cache is cleared, so that answers built from it elsewhere know when they are stale. */
    long generation() {
        return generation.get();
    }

    /** Clears this node's entries and tells the other nodes to clear theirs; call it after the change has committed. */
    void clear() {
        changes.announce(TOPIC);
    }

    private void forget() {
        generation.incrementAndGet();
        metrics = null;
        comparisons.clear();
        values.clear();
        authorities = null;
    }

    private static <T> T get(Map<String, Entry<T>> map, String key, Supplier<T> load, int max) {
        Entry<T> entry = map.get(key);
        if (entry != null && entry.fresh()) {
            return entry.value();
        }
        if (map.size() >= max) {
            map.clear();
        }
        T value = load.get();
        map.put(key, new Entry<>(value, System.nanoTime()));
        return value;
    }
}
