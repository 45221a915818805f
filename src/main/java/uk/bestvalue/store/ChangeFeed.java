package uk.bestvalue.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells every node of the service that something it may keep in memory has changed, so that two
 * {@code serve} processes on one database answer as one. A feature that caches subscribes to a
 * topic (e.g. "explorer") and clears what it keeps when told; after a write has committed it
 * announces the topic.
 *
 * <p>On PostgreSQL an announcement is a {@code NOTIFY}; each node listens on a connection of its
 * own (outside the pool) in a daemon thread, which reconnects after a failure and then tells every
 * subscriber to clear, since announcements made while it was away are lost. An announcement is
 * also delivered at once in the announcing node. H2 is embedded in one process, so there the
 * announcement is only delivered locally.
 */
public final class ChangeFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    /** The PostgreSQL channel, followed by the schema (NOTIFY reaches the whole database, each installation has a schema); payloads are "topic node". */
    private static final String CHANNEL = "bestvalue_changes_";
    private static final int POLL_MILLIS = 250;
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    private final DatabaseSettings settings;
    private final Engine engine;
    private final Database database;
    private final String node = UUID.randomUUID().toString();
    private final Map<String, List<Runnable>> subscribers = new ConcurrentHashMap<>();
    private final AtomicLong received = new AtomicLong();
    private volatile Thread listener;
    private volatile boolean closed;
    private volatile boolean listening;
    private volatile String channel;

    ChangeFeed(Database database, DatabaseSettings settings, Engine engine) {
        this.database = database;
        this.settings = settings;
        this.engine = engine;
    }

    /** Calls {@code onChange} whenever the topic is announced, by this node or (on PostgreSQL) any other. */
    public void subscribe(String topic, Runnable onChange) {
        requireTopic(topic);
        subscribers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(Objects.requireNonNull(onChange, "onChange"));
        if (engine == Engine.POSTGRESQL) {
            startListening();
        }
    }

    /**
     * Announces that the topic's data changed. Call it after the change has committed: another node
     * that reloads on hearing it must find the new data.
     */
    public void announce(String topic) {
        requireTopic(topic);
        deliver(topic);
        if (engine == Engine.POSTGRESQL && !closed) {
            try {
                database.queryOne("select pg_notify(?, ?)", row -> row.getString(1), channel(), topic + " " + node);
            } catch (RuntimeException e) {
                // The change is saved; other nodes catch up when their listener reconnects or their entries expire.
                LOG.warn("Could not tell the other nodes that {} changed: {}", topic, e.getMessage());
            }
        }
    }

    /** Whether this node's listener is connected (always true on H2, which has no other nodes); for the health check. */
    public boolean listening() {
        return engine != Engine.POSTGRESQL || subscribers.isEmpty() || listening;
    }

    /** How many announcements from other nodes this node has heard; for tests and the bench. */
    public long received() {
        return received.get();
    }

    private void deliver(String topic) {
        for (Runnable subscriber : subscribers.getOrDefault(topic, List.of())) {
            try {
                subscriber.run();
            } catch (RuntimeException e) {
                LOG.warn("A subscriber to {} failed: {}", topic, e.getMessage(), e);
            }
        }
    }

    private void deliverAll() {
        subscribers.keySet().forEach(this::deliver);
    }

    private synchronized void startListening() {
        if (listener != null || closed) {
            return;
        }
        listener = new Thread(this::listen, "bestvalue-change-feed");
        listener.setDaemon(true);
        listener.start();
    }

    private void listen() {
        long backoff = 100;
        boolean first = true;
        while (!closed) {
            try (Connection connection = DriverManager.getConnection(settings.url(), credentials())) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN \"" + channel() + "\"");
                }
                listening = true;
                if (!first) {
                    // Announcements made while this node was not listening are lost: forget everything kept.
                    LOG.info("Listening for changes from other nodes again");
                    deliverAll();
                }
                first = false;
                backoff = 100;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification notification : notifications) {
                        heard(notification.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (closed) {
                    return;
                }
                LOG.warn("Lost the connection that hears other nodes' changes ({}); reconnecting in {} ms", e.getMessage(), backoff);
                first = false;
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
        }
        listening = false;
    }

    /** This installation's channel: one per schema, in the characters an identifier may hold, at most 63 of them. */
    private String channel() {
        String known = channel;
        if (known == null) {
            String schema = database.queryOne("select current_schema()", row -> row.getString(1)).orElse("public");
            known = (CHANNEL + schema.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_"));
            known = known.substring(0, Math.min(63, known.length()));
            channel = known;
        }
        return known;
    }

    private java.util.Properties credentials() {
        java.util.Properties properties = new java.util.Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        properties.setProperty("ApplicationName", "bestvalue change feed");
        return properties;
    }

    private void heard(String payload) {
        int space = payload.lastIndexOf(' ');
        String topic = space < 0 ? payload : payload.substring(0, space);
        String from = space < 0 ? "" : payload.substring(space + 1);
        if (from.equals(node)) {
            return; // delivered already when announced
        }
        received.incrementAndGet();
        deliver(topic);
    }

    private static void requireTopic(String topic) {
        if (topic == null || topic.isBlank() || topic.contains(" ")) {
            throw new IllegalArgumentException("A topic is one word, got '" + topic + "'");
        }
    }

    /** Stops listening: the listener sees it within one poll ({@value #POLL_MILLIS} ms) and closes its connection; nobody waits for that. */
    @Override
    public void close() {
        closed = true;
        Thread running = listener;
        if (running != null) {
            running.interrupt();
        }
    }
}
