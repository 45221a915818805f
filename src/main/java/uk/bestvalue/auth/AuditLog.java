package uk.bestvalue.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import uk.bestvalue.Actor;
import uk.bestvalue.AuditTrail;
import uk.bestvalue.period.Period;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.Sql;

/**
 * The append-only, hash-chained audit trail. Each entry's hash is SHA-256 over its canonical form
 * (a JSON array of its fields, the previous entry's hash among them), so an entry edited, deleted
 * or moved directly in the database breaks the chain at that entry, and {@link #verify} names it.
 */
public final class AuditLog implements AuditTrail {
    static final String GENESIS = "0".repeat(64);
    private static final int PAGE = 1000;
    /** Sorted keys and ISO dates: the same object always gives the same text, so the same hash. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            // Value types that are their text (a financial year "2023/24") are recorded as that text.
            .addModule(new SimpleModule().addSerializer(Period.class, ToStringSerializer.instance))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final Database db;
    private final Clock clock;
    private final AuditRepository repository = new AuditRepository();

    public AuditLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void record(Sql tx, Actor actor, String authority, String entity, String entityId, String action,
                       Object before, Object after) {
        Objects.requireNonNull(tx, "tx");
        Objects.requireNonNull(actor, "actor");
        AuditRepository.Head head = repository.lockHead(tx);
        long seq = head.seq() + 1;
        String at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
        AuditEntry unsigned = new AuditEntry(seq, at, actor.kind().name(), actor.userId(), actor.displayName(), authority,
                Objects.requireNonNull(entity, "entity"), Objects.requireNonNull(entityId, "entityId"),
                Objects.requireNonNull(action, "action"), json(before), json(after), head.hash(), null);
        String hash = hashOf(unsigned);
        repository.append(tx, unsigned, hash);
        repository.moveHead(tx, seq, hash);
    }

    /** Walks the whole chain in order and stops at the first entry that does not follow from the one before. */
    public Verification verify() {
        AuditRepository.Head head = repository.head(db);
        long checked = 0;
        long expectedSeq = 1;
        String prevHash = GENESIS;
        long after = 0;
        while (true) {
            List<AuditEntry> page = repository.page(db, after, PAGE);
            for (AuditEntry entry : page) {
                checked++;
                if (entry.seq() != expectedSeq) {
                    return new Verification(checked, expectedSeq, "entry " + expectedSeq + " is missing (the next entry is "
                            + entry.seq() + ")", head.hash());
                }
                if (!entry.prevHash().equals(prevHash)) {
                    return new Verification(checked, entry.seq(), "entry " + entry.seq()
                            + " does not follow the entry before it (its previous hash differs)", head.hash());
                }
                if (!hashOf(entry).equals(entry.hash())) {
                    return new Verification(checked, entry.seq(), "entry " + entry.seq()
                            + " was changed after it was written (its hash does not match its content)", head.hash());
                }
                prevHash = entry.hash();
                expectedSeq++;
                after = entry.seq();
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        if (head.seq() != expectedSeq - 1 || !head.hash().equals(prevHash)) {
            return new Verification(checked, expectedSeq, "the trail ends at entry " + (expectedSeq - 1)
                    + " but its head names entry " + head.seq() + ": later entries were deleted", head.hash());
        }
        return new Verification(checked, null, null, head.hash());
    }

    /** Every entry about one authority, oldest first, handed over one at a time so a long trail is never all in memory. */
    public void forAuthority(String authority, Consumer<AuditEntry> each) {
        long after = 0;
        while (true) {
            List<AuditEntry> page = repository.pageForAuthority(db, authority, after, PAGE);
            page.forEach(each);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).seq();
        }
    }

    /**
     * The history of something at an authority: the entries any of the keys names, newest first,
     * at most {@code limit} of them (the whole trail downloads as CSV).
     */
    public List<AuditEntry> history(String authority, List<HistoryKey> keys, int limit) {
        return repository.history(db, authority, keys, limit);
    }

    public List<AuditEntry> forEntity(String entity, String entityId) {
        return repository.forEntity(db, entity, entityId);
    }

    static String hashOf(AuditEntry e) {
        try {
            String canonical = CANONICAL.writeValueAsString(Arrays.asList(e.seq(), e.at(), e.actorKind(), e.actorId(),
                    e.actorName(), e.authority(), e.entity(), e.entityId(), e.action(), e.before(), e.after(), e.prevHash()));
            return Secrets.sha256(canonical);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("An audit entry could not be written as JSON", ex);
        }
    }

    static String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            // Through a tree first, so that maps and records alike come out with sorted keys.
            return CANONICAL.writeValueAsString(CANONICAL.valueToTree(value));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("What changed could not be recorded as JSON: " + e.getMessage(), e);
        }
    }
}
