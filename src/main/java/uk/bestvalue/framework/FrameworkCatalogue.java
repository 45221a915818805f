package uk.bestvalue.framework;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import uk.bestvalue.Actor;
import uk.bestvalue.AuditTrail;
import uk.bestvalue.Conflict;
import uk.bestvalue.store.Database;

/**
 * The frameworks and scoring scales the product knows: import a framework version from a file,
 * look versions up, list scales. A version that an assessment uses never changes: a changed
 * framework is a new version.
 */
public final class FrameworkCatalogue {
    /** Shipped with the product; loaded on first start. */
    public static final List<String> SHIPPED_FRAMEWORKS = List.of(
            "/frameworks/best-value-standards-2024.yaml", "/frameworks/best-value-standards-2023-draft.yaml");
    public static final String SHIPPED_SCALES = "/frameworks/scales.yaml";
    /** How the shipped versions carry into each other; loaded on first start, after the versions. */
    public static final List<String> SHIPPED_MAPPINGS = List.of("/frameworks/mappings/best-value-standards-2023-draft-to-2024.yaml");
    public static final String DEFAULT_SCALE = "good-fair-poor";

    private static final ObjectMapper CANONICAL = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private final FrameworkRepository repository;
    private final Clock clock;
    private final Map<Long, FrameworkVersion> versions = new ConcurrentHashMap<>();
    /** Scales only change when one is added, here; every assessment page needs its scale. */
    private volatile List<Scale> scales;

    private final AuditTrail audit;

    public FrameworkCatalogue(Database db, Clock clock, AuditTrail audit) {
        this.audit = java.util.Objects.requireNonNull(audit, "audit");
        this.repository = new FrameworkRepository(db);
        this.clock = clock;
        this.changes = db.changes();
        // Another node (or the command line) may import a version or a scale: forget what is kept here.
        changes.subscribe(TOPIC, () -> {
            versions.clear();
            scales = null;
        });
    }

    /** What this catalogue announces after a change, and clears what it keeps on hearing. */
    public static final String TOPIC = "frameworks";
    private final uk.bestvalue.store.ChangeFeed changes;


    /** Imports a framework version from a file as the installation (the command line). */
    public FrameworkImport importFile(Path file) {
        return importFile(Actor.installation(), file);
    }

    public FrameworkImport importFile(Actor actor, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return importStream(actor, file.getFileName().toString(), in);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("No such file: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Imports a framework version; the same content twice is a no-op, a change to a version in use is refused. */
    public FrameworkImport importStream(String source, InputStream in) {
        return importStream(Actor.installation(), source, in);
    }

    /** Imports a framework version as {@code actor}; a new or replaced version is recorded in the audit trail with it. */
    public FrameworkImport importStream(Actor actor, String source, InputStream in) {
        FrameworkDefinition definition = FrameworkFile.read(source, in);
        String reference = definition.frameworkKey() + "/" + definition.versionKey();
        String fingerprint = fingerprint(definition);
        var stored = repository.stored(definition.frameworkKey(), definition.versionKey());
        int themes = definition.themes().size();
        int criteria = definition.criteria().size();
        if (stored.isPresent() && stored.get().fingerprint().equals(fingerprint)) {
            return new FrameworkImport(reference, FrameworkImport.Outcome.UNCHANGED, themes, criteria);
        }
        if (stored.isPresent()) {
            long using = repository.assessmentsUsing(stored.get().id());
            if (using > 0) {
                throw new Conflict("Framework version " + reference + " is used by " + using + (using == 1 ? " assessment" : " assessments")
                        + " and cannot change. Give the changed framework a new version key (version.key) and import it as a new version.");
            }
        }
        String action = stored.isPresent() ? "replace" : "import";
        repository.store(definition, fingerprint, LocalDateTime.now(clock), stored, tx -> audit.record(tx, actor, null, "framework_version",
                reference, action, stored.map(old -> Map.of("fingerprint", old.fingerprint())).orElse(null),
                recorded(definition, source, fingerprint)));
        stored.ifPresent(old -> versions.remove(old.id()));
        changes.announce(TOPIC);
        return new FrameworkImport(reference, stored.isPresent() ? FrameworkImport.Outcome.REPLACED : FrameworkImport.Outcome.ADDED,
                themes, criteria);
    }

    /** Loads the shipped scales and framework versions that the database does not have yet. */
    public void loadShipped() {
        try (InputStream in = resource(SHIPPED_SCALES)) {
            for (Scale scale : ScaleFile.read("shipped scales", in)) {
                if (!repository.scaleExists(scale.key())) {
                    repository.storeScale(scale);
                    scales = null;
                    changes.announce(TOPIC);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String path : SHIPPED_FRAMEWORKS) {
            try (InputStream in = resource(path)) {
                FrameworkDefinition definition = FrameworkFile.read(path, in);
                if (repository.stored(definition.frameworkKey(), definition.versionKey()).isEmpty()) {
                    // What ships with the product loads on first start without an audit entry: it is the product, not a change.
                    repository.store(definition, fingerprint(definition), LocalDateTime.now(clock), Optional.empty(), tx -> { });
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String path : SHIPPED_MAPPINGS) {
            try (InputStream in = resource(path)) {
                FrameworkMapping mapping = MappingFile.read(path, in, reference -> version(reference).orElse(null));
                long from = version(mapping.from()).orElseThrow().id();
                long to = version(mapping.to()).orElseThrow().id();
                if (!repository.hasMapping(from, to)) {
                    repository.storeMapping(from, to, mapping, LocalDateTime.now(clock), tx -> { });
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Imports how one version's themes and criteria carry into another's: the shipped mapping, or a
     * council's own beside its own coding of the next version. A second import replaces the first.
     */
    public FrameworkMapping importMapping(String source, InputStream in) {
        return importMapping(Actor.installation(), source, in);
    }

    public FrameworkMapping importMapping(Actor actor, String source, InputStream in) {
        FrameworkMapping mapping = MappingFile.read(source, in, reference -> version(reference).orElse(null));
        repository.storeMapping(version(mapping.from()).orElseThrow().id(), version(mapping.to()).orElseThrow().id(), mapping,
                LocalDateTime.now(clock), tx -> audit.record(tx, actor, null, "framework_mapping", mapping.from() + " -> " + mapping.to(),
                        "import", null, Map.of("source", source, "from", mapping.from(), "to", mapping.to())));
        return mapping;
    }

    public FrameworkMapping importMapping(Path file) {
        return importMapping(Actor.installation(), file);
    }

    public FrameworkMapping importMapping(Actor actor, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return importMapping(actor, file.getFileName().toString(), in);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("No such file: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * How {@code from} carries into {@code to}: the same version maps to itself; otherwise the
     * imported mapping, or (when none was supplied) a match by code.
     */
    public FrameworkMapping mapping(FrameworkVersion from, FrameworkVersion to) {
        if (from.id() == to.id()) {
            return FrameworkMapping.byCode(from, to);
        }
        return repository.mapping(from, to).orElseGet(() -> FrameworkMapping.byCode(from, to));
    }

    /** The supplied mappings that carry an earlier version into this one. */
    public List<FrameworkMapping> mappingsInto(FrameworkVersion to) {
        return repository.mappedInto(to.id()).stream().flatMap(id -> version(id).stream())
                .flatMap(from -> repository.mapping(from, to).stream()).toList();
    }

    /** Whether a mapping between the two versions was supplied (rather than matching by code). */
    public boolean hasMapping(FrameworkVersion from, FrameworkVersion to) {
        return repository.hasMapping(from.id(), to.id());
    }

    public List<FrameworkSummary> frameworks() {
        return repository.summaries();
    }

    public Optional<FrameworkVersion> version(long versionId) {
        FrameworkVersion cached = versions.get(versionId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<FrameworkVersion> loaded = repository.version(versionId);
        loaded.ifPresent(v -> versions.put(versionId, v));
        return loaded;
    }

    /** A version by its reference, e.g. "best-value-standards/2024". */
    public Optional<FrameworkVersion> version(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        int slash = reference.indexOf('/');
        if (slash < 1) {
            return Optional.empty();
        }
        return version(reference.substring(0, slash), reference.substring(slash + 1));
    }

    public Optional<FrameworkVersion> version(String frameworkKey, String versionKey) {
        return repository.versionId(frameworkKey, versionKey).flatMap(this::version);
    }

    public List<Scale> scales() {
        List<Scale> current = scales;
        if (current == null) {
            current = List.copyOf(repository.scales());
            scales = current;
        }
        return current;
    }

    public Optional<Scale> scale(String key) {
        return scales().stream().filter(s -> s.key().equals(key)).findFirst();
    }

    private static InputStream resource(String path) {
        InputStream in = FrameworkCatalogue.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing from the product: " + path);
        }
        return in;
    }

    private static String fingerprint(FrameworkDefinition definition) {
        try {
            byte[] canonical = CANONICAL.writeValueAsBytes(definition);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Could not fingerprint a framework definition", e);
        }
    }

    /** A version as the audit trail keeps it: what it is and where it came from, not its every criterion. */
    private static Map<String, Object> recorded(FrameworkDefinition d, String source, String fingerprint) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("reference", d.frameworkKey() + "/" + d.versionKey());
        fields.put("name", d.frameworkName() + ": " + d.versionName());
        fields.put("source", source);
        fields.put("themes", d.themes().size());
        fields.put("criteria", d.criteria().size());
        fields.put("fingerprint", fingerprint);
        return fields;
    }
}
