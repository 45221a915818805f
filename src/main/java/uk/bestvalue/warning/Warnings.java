package uk.bestvalue.warning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.bestvalue.Conflict;
import uk.bestvalue.NotFound;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.authority.OnsCode;
import uk.bestvalue.explorer.Explorer;
import uk.bestvalue.explorer.Metric;
import uk.bestvalue.explorer.Polarity;
import uk.bestvalue.framework.FrameworkCatalogue;
import uk.bestvalue.store.Database;

/**
 * Early-warning signals: rules as versioned data, evaluated after every import and on demand, and
 * the flags they raise, each kept with the values that raised it. Signals are evidence to weigh,
 * never a score: nothing here adds flags up into an index.
 */
public final class Warnings {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Warnings.class);
    /** The starter rules that ship with the product, loaded on first start (rationale in docs/early-warning.md). */
    public static final String SHIPPED_RULES = "/warnings/starter-rules.yaml";

    private final WarningRepository repository;
    private final Explorer explorer;
    private final FrameworkCatalogue frameworks;
    private final Evaluations evaluations;
    private final AuthorityRegister authorities;
    private final uk.bestvalue.AuditTrail audit;
    private final Clock clock;
    private volatile List<RuleSet> sets;
    private volatile Evaluation lastAfterImport;

    public Warnings(Database db, Explorer explorer, AuthorityRegister authorities, FrameworkCatalogue frameworks, Clock clock) {
        this(db, explorer, authorities, frameworks, clock, (tx, actor, authority, entity, id, action, before, after) -> {
        });
    }

    public Warnings(Database db, Explorer explorer, AuthorityRegister authorities, FrameworkCatalogue frameworks, Clock clock,
                    uk.bestvalue.AuditTrail audit) {
        this.audit = audit;
        this.repository = new WarningRepository(db);
        this.explorer = explorer;
        this.frameworks = frameworks;
        this.clock = clock;
        this.authorities = authorities;
        this.evaluations = new Evaluations(repository, explorer, authorities, clock);
    }

    /**
     * Imports a rule file as a version of its rule set. The same content twice changes nothing; a
     * version that has raised a flag never changes (give the changed rules a new version).
     */
    public RuleSetImport importRules(String source, byte[] content) {
        return importRules(uk.bestvalue.Actor.installation(), source, content);
    }

    /** Imports a rule file as {@link #importRules(String, byte[])} does, recording who did it in the audit trail. */
    public RuleSetImport importRules(uk.bestvalue.Actor actor, String source, byte[] content) {
        RuleFile.Read read = RuleFile.read(content, this::polarity, reference -> frameworks.version(reference).orElse(null));
        String reference = read.key() + "/" + read.version();
        String fingerprint = fingerprint(content);
        Optional<RuleSet> stored = sets().stream().filter(s -> s.key().equals(read.key()) && s.version().equals(read.version())).findFirst();
        Optional<WarningRepository.StoredSet> raw = repository.sets().stream().filter(s -> stored.isPresent() && s.id() == stored.get().id())
                .findFirst();
        if (raw.isPresent() && raw.get().fingerprint().equals(fingerprint)) {
            return new RuleSetImport(reference, RuleSetImport.Outcome.UNCHANGED, read.rules().size());
        }
        if (stored.isPresent() && repository.flagsRaisedBy(stored.get().id()) > 0) {
            throw new Conflict("Rule set " + reference + " has raised flags and cannot change. Give the changed rules a new version "
                    + "(set.version) and import them as a new version.");
        }
        repository.storeSet(read.key(), read.version(), read.name(), new String(content, StandardCharsets.UTF_8), fingerprint,
                LocalDateTime.now(clock), stored.map(RuleSet::id).orElse(null), (tx, id) -> audit.record(tx, actor, null, "warning_rule_set",
                        reference, stored.isPresent() ? "replace" : "create", null,
                        Map.of("source", source, "rules", read.rules().size(), "fingerprint", fingerprint)));
        sets = null;
        return new RuleSetImport(reference, stored.isPresent() ? RuleSetImport.Outcome.REPLACED : RuleSetImport.Outcome.ADDED,
                read.rules().size());
    }

    /** Loads the starter rules when their version is not in the database yet, and evaluates them over the data held. */
    public void loadShipped() {
        try (InputStream in = Warnings.class.getResourceAsStream(SHIPPED_RULES)) {
            if (in == null) {
                throw new IllegalStateException("Missing from the product: " + SHIPPED_RULES);
            }
            byte[] content = in.readAllBytes();
            // Like the shipped frameworks: a version already stored is left as it is, so a start never fails on it.
            RuleFile.Read read = RuleFile.read(content, this::polarity, reference -> frameworks.version(reference).orElse(null));
            if (ruleSets().stream().noneMatch(set -> set.key().equals(read.key()) && set.version().equals(read.version()))) {
                importRules("shipped starter rules", content);
                evaluate();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every version of every rule set, oldest first. */
    public List<RuleSet> ruleSets() {
        List<RuleSet> current = sets;
        if (current == null) {
            current = new ArrayList<>();
            for (WarningRepository.StoredSet s : repository.sets()) {
                RuleFile.Read read = RuleFile.read(s.document().getBytes(StandardCharsets.UTF_8), id -> polarityOrNeutral(id),
                        reference -> frameworks.version(reference).orElse(null));
                current.add(new RuleSet(s.id(), s.key(), s.version(), s.name(), read.rules(), s.importedAt()));
            }
            current = List.copyOf(current);
            sets = current;
        }
        return current;
    }

    /** The rule sets evaluated: the latest version of each. */
    public List<RuleSet> active() {
        Map<String, RuleSet> latest = new LinkedHashMap<>();
        ruleSets().forEach(s -> latest.put(s.key(), s));
        return List.copyOf(latest.values());
    }

    /** Evaluates every active rule over the data held. */
    public Evaluation evaluate() {
        return evaluations.run(active(), ruleSets(), null, null, true);
    }

    /** Evaluates the active version of one rule set only (the benchmark times the starter rules this way). */
    public Evaluation evaluate(String setKey) {
        return evaluations.run(active().stream().filter(s -> s.key().equals(setKey)).toList(), ruleSets(), null, null, false);
    }

    /** Evaluates the rules that read the metrics an import changed, and the combinations built on them. */
    public Evaluation evaluateAfterImport(long importId, List<String> metrics) {
        Evaluation done = evaluations.run(active(), ruleSets(), Set.copyOf(metrics), importId, false);
        lastAfterImport = done;
        return done;
    }

    /**
     * Evaluates after an import that has already been committed: a failure here must not turn a good
     * import into an error, so it is logged with what to do, and the flags catch up at the next
     * evaluation ({@code bestvalue warnings evaluate}).
     */
    public void afterImport(long importId, List<String> metrics) {
        try {
            evaluateAfterImport(importId, metrics);
        } catch (RuntimeException e) {
            LOG.error("The early-warning rules could not be evaluated after import {}; run 'bestvalue warnings evaluate'", importId, e);
        }
    }

    /** What the evaluation after the latest import did, or null when none ran in this process. */
    public Evaluation lastAfterImport() {
        return lastAfterImport;
    }

    /** An authority's flags, open first, each with its stored values. */
    public List<Flag> flags(OnsCode authority) {
        return repository.ofAuthority(authority);
    }

    public Flag flag(long id) {
        return repository.flag(id).orElseThrow(() -> new NotFound("Flag not found", "There is no early-warning flag " + id));
    }

    /** The rule a flag was raised by, as its rule set version has it. */
    public Rule rule(Flag flag) {
        return ruleSets().stream().filter(s -> s.id() == flag.ruleSetId()).findFirst().flatMap(s -> s.rule(flag.ruleId()))
                .orElseThrow(() -> new NotFound("Rule not found", "The rule " + flag.ruleId() + " of flag " + flag.id() + " is not stored"));
    }

    public RuleSet ruleSet(Flag flag) {
        return ruleSets().stream().filter(s -> s.id() == flag.ruleSetId()).findFirst().orElseThrow();
    }

    /** The flag in words, written again from its stored values alone. */
    public String explain(Flag flag) {
        return Evaluator.explain(rule(flag), flag.observed());
    }

    /** Whether the stored values still meet the flag's rule: a flag can always be reproduced from what it kept. */
    public boolean reproduces(Flag flag) {
        return Evaluator.holds(rule(flag), flag.observed());
    }

    /** The watchlist: councils with open flags matching the filter, by their most severe flag, new ones marked. */
    public Watchlist watchlist(Watchlist.Filter filter) {
        List<uk.bestvalue.FieldError> errors = new ArrayList<>();
        uk.bestvalue.authority.Region region = null;
        uk.bestvalue.authority.AuthorityType type = null;
        if (filter.region() != null && !filter.region().isBlank()) {
            region = uk.bestvalue.authority.Region.fromCode(filter.region().strip()).orElse(null);
            if (region == null) {
                errors.add(new uk.bestvalue.FieldError("region", "'" + filter.region() + "' is not the ONS code of an English region (E12000001 to E12000009)"));
            }
        }
        if (filter.type() != null && !filter.type().isBlank()) {
            type = uk.bestvalue.authority.AuthorityType.fromId(filter.type().strip()).orElse(null);
            if (type == null) {
                errors.add(new uk.bestvalue.FieldError("type", "'" + filter.type() + "' is not a type of authority such as shire_district or unitary"));
            }
        }
        java.util.Set<OnsCode> members = null;
        if (filter.group() != null && !filter.group().isBlank()) {
            String id = filter.group().strip().replaceFirst("^custom:", "");
            members = explorer.groups().stream().filter(g -> String.valueOf(g.id()).equals(id)).findFirst()
                    .map(g -> (java.util.Set<OnsCode>) java.util.Set.copyOf(g.members())).orElse(null);
            if (members == null) {
                errors.add(new uk.bestvalue.FieldError("group", "there is no saved group '" + filter.group().strip() + "'; use custom:ID from /groups"));
            }
        }
        java.util.Set<String> themes = new java.util.TreeSet<>();
        java.util.Set<String> rules = new java.util.TreeSet<>();
        active().forEach(set -> set.rules().forEach(r -> {
            themes.add(r.theme().toUpperCase(java.util.Locale.ROOT));
            rules.add(r.id());
        }));
        if (filter.theme() != null && !filter.theme().isBlank() && !themes.contains(filter.theme().strip().toUpperCase(java.util.Locale.ROOT))) {
            errors.add(new uk.bestvalue.FieldError("theme", "'" + shortened(filter.theme().strip()) + "' is not a theme any early-warning rule speaks to; use one of "
                    + String.join(", ", themes)));
        }
        if (filter.rule() != null && !filter.rule().isBlank() && !rules.contains(filter.rule().strip())) {
            errors.add(new uk.bestvalue.FieldError("rule", "there is no early-warning rule '" + shortened(filter.rule().strip()) + "' in the rule sets in use"));
        }
        if (!errors.isEmpty()) {
            throw new uk.bestvalue.Invalid(errors);
        }
        java.util.Set<OnsCode> inGroup = members;
        String theme = filter.theme() == null || filter.theme().isBlank() ? null : filter.theme().strip();
        String rule = filter.rule() == null || filter.rule().isBlank() ? null : filter.rule().strip();
        var imports = explorer.imports();
        LocalDateTime lastImport = imports.isEmpty() ? null : imports.get(0).importedAt();
        Map<OnsCode, List<Flag>> byAuthority = new LinkedHashMap<>();
        for (Flag f : repository.open()) {
            if ((theme == null || f.theme().equalsIgnoreCase(theme)) && (rule == null || f.ruleId().equals(rule))) {
                byAuthority.computeIfAbsent(f.authority(), k -> new ArrayList<>()).add(f);
            }
        }
        Watchlist shell = new Watchlist(lastImport, List.of());
        List<Watchlist.Entry> entries = new ArrayList<>();
        for (var e : byAuthority.entrySet()) {
            var authority = authorities.get(e.getKey()).orElse(null);
            if (authority == null || (region != null && authority.region() != region) || (type != null && authority.type() != type)
                    || (inGroup != null && !inGroup.contains(authority.code()))) {
                continue;
            }
            List<Flag> flags = e.getValue().stream().sorted(java.util.Comparator.comparing(Flag::severity).reversed()
                    .thenComparing(Flag::title)).toList();
            entries.add(new Watchlist.Entry(authority, flags.get(0).severity(), flags, (int) flags.stream().filter(shell::isNew).count()));
        }
        entries.sort(java.util.Comparator.comparing(Watchlist.Entry::worst).reversed()
                .thenComparing(x -> x.authority().name()));
        return new Watchlist(lastImport, entries);
    }

    private Polarity polarity(String metricId) {
        try {
            Metric m = explorer.metric(metricId);
            return m.polarity();
        } catch (NotFound e) {
            return null;
        }
    }

    /** A stored set is read again even if a metric it names has gone: it was checked when imported. */
    private Polarity polarityOrNeutral(String metricId) {
        Polarity p = polarity(metricId);
        return p == null ? Polarity.HIGHER_BETTER : p;
    }

    private List<RuleSet> sets() {
        return ruleSets();
    }

    private static String fingerprint(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
