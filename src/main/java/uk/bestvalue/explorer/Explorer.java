package uk.bestvalue.explorer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.bestvalue.Invalid;
import uk.bestvalue.NotFound;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.AuthorityQuery;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.authority.AuthorityStatus;
import uk.bestvalue.authority.OnsCode;
import uk.bestvalue.store.Database;
import uk.bestvalue.period.Period;
import uk.bestvalue.period.PeriodType;

/** The performance data explorer: metrics, their values, imports, and comparisons of one authority with a group. */
public final class Explorer {
    /** The real data sets that ship with the product, loaded on first start. */
    public static final List<String> SHIPPED_FILES = List.of("household-waste-recycling-rate.csv", "oflog-adult-social-care.csv");

    /**
     * A publisher's files that ship with the product, the recipe (in data/metrics/recipes) that reads them and
     * their licence. A file is in data/metrics unless its name starts with / (a resource elsewhere in the jar).
     */
    public record ShippedSet(String recipe, List<String> files, String licence) {
        public ShippedSet(String recipe, List<String> files) {
            this(recipe, files, OGL);
        }
    }

    private static final String OGL = "Open Government Licence v3.0";
    private static final String CC_BY = "Creative Commons Attribution 4.0 (CC BY 4.0), mySociety";

    /** The publishers' own files that ship with the product, each read through its recipe on first start. */
    public static final List<ShippedSet> SHIPPED_SETS = List.of(
            new ShippedSet("env18-table3.yaml", List.of("env18_table3_selected_indicators_2010-11_to_2023-24.csv")),
            new ShippedSet("rdc0120-road-condition.yaml", List.of("rdc0120_long.csv")),
            new ShippedSet("p153-non-major-speed.yaml", List.of("p153_2025-01-27_2bc6d8b9.csv", "p153_2025-01-30_26a85f52.csv",
                    "p153_2025-03-20_f4762c2f.csv", "p153_2025-06-23_62799326.csv", "p153_2025-09-29_49b252ab.csv",
                    "p153_2025-12-18_1d5b7866.csv", "p153_2026-03-24_a16c0a30.csv")),
            new ShippedSet("p134-applications.yaml", List.of("LT_P134.csv")),
            new ShippedSet("ons-median-weekly-pay.yaml", List.of("gross-median-weekly-pay.csv")),
            new ShippedSet("ons-net-additions.yaml", List.of("net-additions-to-the-housing-stock.csv")),
            new ShippedSet("imd-2019.yaml", List.of("imd2019-england-ltla22.csv")),
            new ShippedSet("rs-2015-16-reserves.yaml", List.of("RS_2015-16_data_by_LA_-_Revision.xlsx")),
            new ShippedSet("rs-2016-17-reserves.yaml", List.of("RS_2016-17_data_by_LA.xlsx")),
            new ShippedSet("mysociety-urban-rural.yaml", List.of("la_ruc.csv"), CC_BY),
            new ShippedSet("register-population.yaml", List.of(uk.bestvalue.authority.AuthorityRegister.SHIPPED_REGISTER), CC_BY));

    private final Database db;
    private final uk.bestvalue.AuditTrail audit;
    private final ExplorerRepository repository;
    private final ValueImporter importer;
    private final AuthorityRegister authorities;
    private final Clock clock;
    private final ComparisonCache cache;
    private final List<GroupSource> groupSources = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Explorer(Database db, AuthorityRegister authorities, Clock clock) {
        this(db, authorities, clock, (tx, actor, authority, entity, id, action, before, after) -> {
        });
    }

    public Explorer(Database db, AuthorityRegister authorities, Clock clock, uk.bestvalue.AuditTrail audit) {
        this.db = db;
        this.audit = audit;
        this.repository = new ExplorerRepository(db);
        this.cache = new ComparisonCache(db.changes());
        this.importer = new ValueImporter(db, repository, authorities, clock, audit);
        this.authorities = authorities;
        this.clock = clock;
    }

    /** A number that changes whenever imported data, metrics or groups change; answers may be kept while it stays the same. */
    public long dataGeneration() {
        return cache.generation();
    }

    /** Lets another feature name comparison groups (neighbours:SET, network:ID). */
    public void addGroupSource(GroupSource source) {
        groupSources.add(source);
    }

    /** The groups other features offer (neighbour sets, networks), key to label, to choose from on a page. */
    public Map<String, String> otherGroups() {
        Map<String, String> choices = new java.util.LinkedHashMap<>();
        groupSources.forEach(source -> choices.putAll(source.choices()));
        return choices;
    }

    /** Forgets kept comparisons because a group another feature defines has changed. */
    public void groupsChanged() {
        cache.clear();
    }

    public List<SavedGroup> groups() {
        return repository.groups();
    }

    /** Saves a group for everyone (no owning council), as the installation. */
    public SavedGroup saveGroup(String name, String description, List<String> codes) {
        return saveGroup(uk.bestvalue.Actor.installation(), null, name, description, codes);
    }

    /**
     * Saves a group from a list of ONS codes, or fails naming every code that is not in the register;
     * {@code owner} is the council whose editors may change it (null: the installation admin's).
     */
    public SavedGroup saveGroup(uk.bestvalue.Actor actor, String owner, String name, String description, List<String> codes) {
        CheckedGroup g = checkGroup(null, name, description, codes);
        long id = repository.insertGroup(owner, g.name(), g.description(), g.members(), java.time.LocalDateTime.now(clock),
                (tx, created) -> audit.record(tx, actor, owner, "comparison_group", String.valueOf(created), "create", null,
                        Map.of("name", g.name(), "members", g.members().stream().map(OnsCode::value).toList())));
        cache.clear();
        return group(id);
    }

    /** Renames a group, changes its description or its members, with the same checks as saving one. */
    public SavedGroup updateGroup(long id, String name, String description, List<String> codes) {
        group(id);
        CheckedGroup g = checkGroup(id, name, description, codes);
        repository.updateGroup(id, g.name(), g.description(), g.members());
        cache.clear();
        return group(id);
    }

    /**
     * As {@link #updateGroup(long, String, String, List)}, made from the version {@code version} of
     * the group (null: whatever is stored); refused with {@link uk.bestvalue.EditedMeanwhile}, and
     * nothing changed, when someone saved the group after that version.
     */
    public SavedGroup updateGroup(uk.bestvalue.Actor actor, long id, String name, String description, List<String> codes, Integer version) {
        SavedGroup before = group(id);
        CheckedGroup g = checkGroup(id, name, description, codes);
        Optional<uk.bestvalue.store.RowStamp> lost = repository.updateGroup(id, g.name(), g.description(), g.members(), version,
                actor.displayName(), java.time.LocalDateTime.now(clock), tx -> audit.record(tx, actor, before.owner(), "comparison_group",
                        String.valueOf(id), "update", Map.of("name", before.name(), "members", before.members().stream().map(OnsCode::value).toList()),
                        Map.of("name", g.name(), "members", g.members().stream().map(OnsCode::value).toList())));
        if (lost.isPresent()) {
            throw new uk.bestvalue.EditedMeanwhile("this group", lost.get().version(), lost.get().changedBy(), lost.get().changedAt(),
                    "\"" + before.name() + "\" with " + before.members().size() + " members");
        }
        cache.clear();
        return group(id);
    }

    public void deleteGroup(long id) {
        deleteGroup(uk.bestvalue.Actor.installation(), id);
    }

    public void deleteGroup(uk.bestvalue.Actor actor, long id) {
        SavedGroup before = group(id);
        repository.deleteGroup(id, tx -> audit.record(tx, actor, before.owner(), "comparison_group", String.valueOf(id), "delete",
                Map.of("name", before.name(), "members", before.members().stream().map(OnsCode::value).toList()), null));
        cache.clear();
    }

    public SavedGroup group(long id) {
        return repository.groups().stream().filter(g -> g.id() == id).findFirst()
                .orElseThrow(() -> new uk.bestvalue.NotFound("Group not found", "There is no saved group " + id));
    }

    private record CheckedGroup(String name, String description, List<OnsCode> members) {
    }

    private CheckedGroup checkGroup(Long id, String name, String description, List<String> codes) {
        List<uk.bestvalue.FieldError> errors = new ArrayList<>();
        String title = name == null ? "" : name.strip();
        if (title.isEmpty() || title.length() > 200) {
            errors.add(new uk.bestvalue.FieldError("name", "Give the group a name of up to 200 characters"));
        } else if (repository.groupNamed(title, id)) {
            errors.add(new uk.bestvalue.FieldError("name", "There is already a group called " + title));
        }
        java.util.LinkedHashSet<OnsCode> members = new java.util.LinkedHashSet<>();
        List<String> list = codes == null ? List.of() : codes;
        for (int i = 0; i < list.size(); i++) {
            String code = list.get(i) == null ? "" : list.get(i).strip();
            if (code.isEmpty()) {
                continue;
            }
            if (!OnsCode.isValid(code) || authorities.get(OnsCode.parse(code)).isEmpty()) {
                errors.add(new uk.bestvalue.FieldError("members[" + (i + 1) + "]", "'" + code + "' is not the ONS code of an authority in the register"));
            } else {
                members.add(OnsCode.parse(code));
            }
        }
        if (members.size() < 2 && errors.stream().noneMatch(e -> e.field().startsWith("members"))) {
            errors.add(new uk.bestvalue.FieldError("members", "A group needs at least two authorities"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new CheckedGroup(title, description == null || description.isBlank() ? null : description.strip(), List.copyOf(members));
    }

    /** Adds the shipped metrics that are missing, and imports the shipped data sets that were never imported. */
    public void loadShipped() {
        loadShipped(file -> true);
    }

    /**
     * Adds the shipped metrics, and imports those of the shipped files the filter picks (by file name)
     * that were never imported. Tests of comparisons need only a few of them.
     */
    public void loadShipped(java.util.function.Predicate<String> files) {
        Set<String> known = repository.metrics().stream().map(Metric::id).collect(Collectors.toSet());
        MetricCatalogueFile.shipped().stream().filter(m -> !known.contains(m.id())).forEach(repository::insertMetric);
        cache.clear();
        Set<String> imported = repository.imports().stream().map(ValueImport::fileName).collect(Collectors.toSet());
        for (String file : SHIPPED_FILES) {
            if (imported.contains(file) || !files.test(file)) {
                continue;
            }
            try (InputStream in = Explorer.class.getResourceAsStream("/data/metrics/" + file)) {
                importValues(new ImportRequest(file, in.readAllBytes(), null, false, "shipped with the product: see data/metrics/NOTICE.md",
                        "Open Government Licence v3.0", "Best Value Workbench", null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (ShippedSet set : SHIPPED_SETS) {
            String recipe = new String(resource("/data/metrics/recipes/" + set.recipe()), java.nio.charset.StandardCharsets.UTF_8);
            for (String path : set.files()) {
                String file = path.substring(path.lastIndexOf('/') + 1);
                if (!imported.contains(file) && files.test(file)) {
                    importValues(new ImportRequest(file, resource(path.startsWith("/") ? path : "/data/metrics/" + path), null, false,
                            "shipped with the product, read by data/metrics/recipes/" + set.recipe() + ": see data/metrics/NOTICE.md",
                            set.licence(), "Best Value Workbench", null, null, null, recipe));
                }
            }
        }
    }

    /** Adds a metric described by a person, a file or the API; every bad field is named, and an existing id is a conflict. */
    public Metric createMetric(uk.bestvalue.Actor actor, MetricDefinition definition) {
        Metric metric = MetricRules.check(definition);
        if (repository.metric(metric.id()).isPresent()) {
            throw new uk.bestvalue.Conflict("There is already a metric '" + metric.id() + "'; edit it instead");
        }
        db.transaction(tx -> {
            repository.insertMetric(tx, metric);
            audit.record(tx, actor, null, "metric", metric.id(), "create", null, metric);
            return null;
        });
        cache.clear();
        return metric;
    }

    /**
     * Changes a metric's description. Its values stay as they are: the id never changes, and neither may
     * the kind of period once there are values (they would no longer be of the metric's kind).
     */
    public Metric updateMetric(uk.bestvalue.Actor actor, String id, MetricDefinition definition) {
        Metric before = metric(id);
        if (definition.id() != null && !definition.id().isBlank() && !definition.id().strip().equals(id)) {
            throw new Invalid("id", "a metric's id never changes; add a new metric instead of renaming " + id);
        }
        Metric metric = MetricRules.check(new MetricDefinition(id, definition.title(), definition.description(), definition.area(),
                definition.unit(), definition.polarity(), definition.applies_to(), definition.period_type(), definition.publisher(),
                definition.source(), definition.licence(), definition.url(), definition.notes(), definition.decimals(), definition.aggregation()));
        if (!metric.periodType().equals(before.periodType()) && !repository.periods(id).isEmpty()) {
            throw new Invalid("period_type", id + " has values by " + before.periodType().replace('_', ' ')
                    + "; its kind of period cannot change. Add a new metric for values by " + metric.periodType().replace('_', ' '));
        }
        if (before.generated()) {
            throw new Invalid("id", id + " is generated benchmark data and is not edited");
        }
        db.transaction(tx -> {
            uk.bestvalue.store.RowStamp stamp = repository.metricStamp(tx, id).orElseThrow();
            // Optimistic locking: the version is tested and moved first, so of two saves from one version the second changes nothing.
            if (!stamp.allows(definition.version()) || !repository.stampMetric(tx, id, stamp.version(), actor.displayName(),
                    java.time.LocalDateTime.now(clock))) {
                uk.bestvalue.store.RowStamp now = repository.metricStamp(tx, id).orElseThrow();
                throw new uk.bestvalue.EditedMeanwhile("this metric", now.version(), now.changedBy(), now.changedAt(),
                        "\"" + before.title() + "\" in " + before.unit());
            }
            repository.updateMetric(tx, metric);
            audit.record(tx, actor, null, "metric", id, "update", before, metric);
            return null;
        });
        cache.clear();
        return metric;
    }

    /** The version of a metric's definition, which an edit of it is made from. */
    public int metricVersion(String id) {
        return repository.metricStamp(db, id).map(uk.bestvalue.store.RowStamp::version).orElse(0);
    }

    /** What saving one definition from a metric file did. */
    public record MetricSaved(String id, String action) {
    }

    /**
     * Adds the metrics of a metric definition file (YAML) and updates the ones that exist, keeping their
     * values. Every definition is checked first: one bad definition saves none, and every problem is named.
     */
    public List<MetricSaved> defineMetrics(uk.bestvalue.Actor actor, byte[] file) {
        List<MetricDefinition> definitions = MetricCatalogueFile.definitions(file);
        List<uk.bestvalue.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < definitions.size(); i++) {
            try {
                MetricRules.check(definitions.get(i));
            } catch (Invalid e) {
                String prefix = definitions.size() == 1 ? "" : "metrics[" + (i + 1) + "].";
                e.errors().forEach(f -> errors.add(new uk.bestvalue.FieldError(prefix + f.field(), f.message())));
            }
        }
        if (definitions.isEmpty()) {
            errors.add(new uk.bestvalue.FieldError("metrics", "the file defines no metric"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        List<MetricSaved> saved = new ArrayList<>();
        for (MetricDefinition d : definitions) {
            Optional<Metric> existing = repository.metric(d.id().strip());
            if (existing.isEmpty()) {
                saved.add(new MetricSaved(createMetric(actor, d).id(), "added"));
            } else if (existing.get().equals(MetricRules.check(d))) {
                saved.add(new MetricSaved(d.id().strip(), "unchanged"));
            } else {
                saved.add(new MetricSaved(updateMetric(actor, d.id().strip(), d).id(), "updated"));
            }
        }
        return saved;
    }

    private static byte[] resource(String path) {
        try (InputStream in = Explorer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The product is missing its resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a metric to the catalogue (used by the benchmark for its generated metrics). */
    public void addMetric(Metric metric) {
        if (repository.metric(metric.id()).isPresent()) {
            throw new uk.bestvalue.Conflict("There is already a metric '" + metric.id() + "'");
        }
        repository.insertMetric(metric);
        cache.clear();
    }

    /**
     * Asks to be told after every import that changed values, with the metrics it changed (the early
     * warnings evaluate those). The listener runs after the import is committed, before the result is returned.
     */
    public void afterImport(java.util.function.BiConsumer<ImportResult, List<String>> listener) {
        importer.whenWritten((result, metrics) -> {
            cache.clear();
            listener.accept(result, metrics);
        });
    }

    /** Imports the data that ships with the product, and data for benchmarks: no audit entry, as it is not a change anyone made. */
    public ImportResult importValues(ImportRequest request) {
        return importValues(null, request);
    }

    /** Imports values as {@code actor}: the import record (who, file, checksum, counts) goes into the audit trail with it. */
    public ImportResult importValues(uk.bestvalue.Actor actor, ImportRequest request) {
        try {
            return importer.run(request, actor);
        } finally {
            cache.clear();
        }
    }

    /** The first values a recipe reads from a file, as read: nothing is written. */
    public List<PreviewRow> preview(String fileName, byte[] content, String recipe, int rows) {
        Recipe parsed = Recipe.parse(recipe);
        return RecipeReader.preview(parsed, content, fileName, rows,
                parsed.codeKind() == Recipe.CodeKind.REGISTER ? RegisterCodes.of(authorities) : java.util.function.UnaryOperator.identity());
    }

    public List<Metric> metrics() {
        return repository.metrics();
    }

    public Metric metric(String id) {
        return cache.metrics(repository::metrics).stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("Metric not found", "There is no metric '" + id + "'"));
    }

    public List<String> periods(String metricId) {
        metric(metricId);
        return repository.periods(metricId);
    }

    public List<MetricValue> values(String metricId, String period) {
        metric(metricId);
        return repository.values(metricId, Period.tryParse(period).map(Period::value).orElse(period));
    }

    public List<ValueImport> imports() {
        return repository.imports();
    }

    /** Resolves a group key — england, region, type — for an authority. */
    public ComparisonGroup group(String key, Authority focus) {
        String chosen = key == null || key.isBlank() ? "england" : key.strip();
        List<Authority> all = allAuthorities();
        return switch (chosen) {
            case "england" -> new ComparisonGroup("england", "All England", codes(all));
            case "region" -> {
                if (focus.region() == null) {
                    throw new Invalid("group", focus.name() + " has no region in the register, so it has no region group");
                }
                yield new ComparisonGroup("region", focus.region().label(), codes(all.stream().filter(a -> a.region() == focus.region()).toList()));
            }
            case "type" -> new ComparisonGroup("type", "All " + focus.type().plural().toLowerCase(),
                    codes(all.stream().filter(a -> a.type() == focus.type()).toList()));
            default -> {
                if (chosen.startsWith("custom:")) {
                    String id = chosen.substring("custom:".length());
                    SavedGroup saved = repository.groups().stream().filter(g -> String.valueOf(g.id()).equals(id)).findFirst()
                            .orElseThrow(() -> new Invalid("group", "there is no saved group " + id));
                    yield new ComparisonGroup(saved.key(), saved.name(), Set.copyOf(saved.members()));
                }
                for (GroupSource source : groupSources) {
                    Optional<ComparisonGroup> found = source.group(chosen, focus);
                    if (found.isPresent()) {
                        yield found.get();
                    }
                }
                throw new Invalid("group", "'" + chosen + "' is not a comparison group; use england, region, type, custom:ID, neighbours, neighbours:SET or network:ID");
            }
        };
    }

    /** How a group is named for an authority, e.g. "Nearest neighbours: ONS similar councils (global)". */
    public String groupLabel(String key, String authorityCode) {
        return group(key, authority(authorityCode)).label();
    }

    /** Compares an authority with a group; without an authority, shows the whole group (which must then be england). */
    public Comparison compare(String metricId, String authorityCode, String periodText, String groupKey) {
        Metric metric = metric(metricId);
        Authority focus = authorityCode == null || authorityCode.isBlank() ? null : authority(authorityCode);
        String period = period(metric, periodText);
        if (focus == null && groupKey != null && !groupKey.isBlank() && !groupKey.strip().equals("england")
                && !groupKey.strip().startsWith("custom:") && groupSources.stream().noneMatch(s -> s.standsAlone(groupKey.strip()))) {
            throw new Invalid("authority", "choose an authority to compare it with its " + groupKey.strip());
        }
        if (focus != null && !existedIn(focus, period) && repository.values(metricId, period).stream()
                .noneMatch(v -> v.authority().equals(focus.code()))) {
            throw new NotFound(focus.name() + " did not exist in " + period, notInBeing(focus, period));
        }
        String key = metricId + "|" + period + "|" + (groupKey == null ? "england" : groupKey.strip()) + "|"
                + (focus == null ? "" : focus.code().value());
        return cache.comparison(key, () -> compare(metric, focus, period, group(groupKey, focus),
                cache.values(metricId + "|" + period, () -> repository.values(metricId, period))));
    }

    public TimeSeries timeSeries(String metricId, String authorityCode, String groupKey) {
        Metric metric = metric(metricId);
        Authority focus = authority(authorityCode);
        ComparisonGroup group = group(groupKey, focus);
        Map<Period, List<MetricValue>> byPeriod = repository.values(metricId).stream()
                .collect(Collectors.groupingBy(v -> Period.parse(v.period()), java.util.TreeMap::new, Collectors.toList()));
        List<TimeSeries.Point> points = new ArrayList<>();
        byPeriod.forEach((when, values) -> {
            String period = when.value();
            Comparison c = compare(metric, focus, period, group, values);
            Comparison.Entry mine = c.focus().orElse(null);
            points.add(new TimeSeries.Point(period, mine == null ? null : mine.value(), mine == null ? null : mine.status(),
                    c.statistics().median(), c.statistics().lowerQuartile(), c.statistics().upperQuartile(), c.statistics().count()));
        });
        List<TimeSeries.Predecessor> predecessors = predecessors(focus, byPeriod);
        return new TimeSeries(metric, focus.code().value(), group, points, predecessors,
                metric.summable() ? combined(predecessors, byPeriod.keySet()) : List.of());
    }

    /** The councils the focus replaced, each with its own values of the metric, by name. */
    private List<TimeSeries.Predecessor> predecessors(Authority focus, Map<Period, List<MetricValue>> byPeriod) {
        List<Authority> before = allAuthorities().stream().filter(a -> a.successorCodes().contains(focus.code()))
                .sorted(Comparator.comparing(Authority::name)).toList();
        List<TimeSeries.Predecessor> predecessors = new ArrayList<>();
        for (Authority p : before) {
            List<TimeSeries.PredecessorValue> values = new ArrayList<>();
            byPeriod.forEach((when, all) -> all.stream().filter(v -> v.authority().equals(p.code())).findFirst()
                    .ifPresent(v -> values.add(new TimeSeries.PredecessorValue(when.value(), v.value(), v.status()))));
            List<String> sharedWith = p.successorCodes().stream().filter(c -> !c.equals(focus.code())).map(OnsCode::value).sorted().toList();
            predecessors.add(new TimeSeries.Predecessor(p.code().value(), label(p), sharedWith, values));
        }
        return predecessors;
    }

    /**
     * The predecessors' values added up, period by period: only where every predecessor that became wholly
     * part of the focus has a usable value, and no predecessor shared with another successor has one (its
     * figure covers more than the focus and cannot be split).
     */
    private static List<TimeSeries.Combined> combined(List<TimeSeries.Predecessor> predecessors, Set<Period> periods) {
        List<TimeSeries.Predecessor> whole = predecessors.stream().filter(p -> p.sharedWith().isEmpty()).toList();
        List<TimeSeries.Combined> combined = new ArrayList<>();
        if (whole.isEmpty()) {
            return combined;
        }
        for (Period when : periods) {
            String period = when.value();
            boolean shared = predecessors.stream().filter(p -> !p.sharedWith().isEmpty()).map(p -> p.in(period))
                    .anyMatch(v -> v != null && v.value() != null && v.status().usable());
            List<TimeSeries.PredecessorValue> values = whole.stream().map(p -> p.in(period)).toList();
            if (shared || values.stream().anyMatch(v -> v == null || v.value() == null || !v.status().usable())) {
                continue;
            }
            java.math.BigDecimal total = values.stream().map(v -> java.math.BigDecimal.valueOf(v.value()))
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
            combined.add(new TimeSeries.Combined(period, total.doubleValue(), values.size()));
        }
        return combined;
    }

    /**
     * Every metric that applies to the authority, with its latest value and position among authorities
     * of its type; for a district, also the metrics of the services its county runs (roads, waste
     * disposal, adult social care), with the county's figure among counties, labelled as the county's.
     */
    public List<DashboardRow> dashboard(String authorityCode) {
        return dashboard(authorityCode, null);
    }

    /**
     * The dashboard placed among another group than the authority's type (its nearest neighbours, a
     * network, a saved group); a county's figure shown to a district is placed among the county's own
     * group of that kind, or among counties when there is none.
     */
    public List<DashboardRow> dashboard(String authorityCode, String groupKey) {
        Authority focus = authority(authorityCode);
        if (groupKey != null && !groupKey.isBlank()) {
            group(groupKey, focus); // a bad group is named before anything is compared
        }
        Authority county = focus.countyCode() == null ? null
                : allAuthorities().stream().filter(a -> a.code().equals(focus.countyCode())).findFirst().orElse(null);
        Map<String, List<MetricValue>> mine = repository.valuesOf(focus.code()).stream()
                .collect(Collectors.groupingBy(MetricValue::metricId));
        Map<String, List<MetricValue>> theirs = county == null ? Map.of() : repository.valuesOf(county.code()).stream()
                .collect(Collectors.groupingBy(MetricValue::metricId));
        List<DashboardRow> rows = new ArrayList<>();
        for (Metric metric : metrics()) {
            if (metric.appliesTo(focus.type())) {
                rows.add(row(metric, focus, mine, null, groupKey));
            } else if (county != null && metric.appliesTo(county.type())) {
                rows.add(row(metric, county, theirs, county, groupKey));
            }
        }
        return rows;
    }

    private DashboardRow row(Metric metric, Authority whose, Map<String, List<MetricValue>> values, Authority through, String groupKey) {
        String throughCode = through == null ? null : through.code().value();
        String throughName = through == null ? null : through.name();
        List<MetricValue> series = values.getOrDefault(metric.id(), List.of()).stream().filter(MetricValue::usable)
                .sorted(Comparator.comparing(v -> Period.parse(v.period()))).toList();
        if (series.isEmpty()) {
            return new DashboardRow(metric, null, null, ValueStatus.MISSING, null, null, 0, null, null, null, null, throughCode, throughName);
        }
        MetricValue latest = series.get(series.size() - 1);
        MetricValue before = series.size() > 1 ? series.get(series.size() - 2) : null;
        ComparisonGroup among = group("type", whose);
        if (groupKey != null && !groupKey.isBlank()) {
            try {
                among = group(groupKey, whose);
            } catch (Invalid e) {
                among = group("type", whose); // the county has no group of this kind
            }
        }
        Comparison c = compare(metric, whose, latest.period(), among,
                cache.values(metric.id() + "|" + latest.period(), () -> repository.values(metric.id(), latest.period())));
        Comparison.Entry entry = c.focus().orElseThrow();
        return new DashboardRow(metric, latest.period(), latest.value(), latest.status(), entry.quartile(), entry.rank(),
                c.statistics().count(), c.statistics().median(), before == null ? null : before.period(),
                before == null ? null : before.value(), before == null ? null : direction(metric.polarity(), before.value(), latest.value()),
                throughCode, throughName);
    }

    static String direction(Polarity polarity, double before, double now) {
        if (Double.compare(before, now) == 0) {
            return "level";
        }
        boolean up = now > before;
        return switch (polarity) {
            case HIGHER_BETTER -> up ? "better" : "worse";
            case LOWER_BETTER -> up ? "worse" : "better";
            case NEUTRAL -> up ? "up" : "down";
        };
    }

    private Comparison compare(Metric metric, Authority focus, String period, ComparisonGroup group, List<MetricValue> values) {
        Map<String, MetricValue> byCode = new HashMap<>();
        values.forEach(v -> byCode.put(v.authority().value(), v));
        List<Authority> members = allAuthorities().stream()
                .filter(a -> group.members().contains(a.code()) || (focus != null && a.code().equals(focus.code())))
                .filter(a -> metric.appliesTo(a.type()))
                .filter(a -> existedIn(a, period) || byCode.containsKey(a.code().value()))
                .toList();
        List<Double> usable = new ArrayList<>();
        for (Authority a : members) {
            MetricValue v = byCode.get(a.code().value());
            usable.add(v != null && v.usable() ? v.value() : null);
        }
        Statistics stats = Statistics.of(usable.stream().filter(v -> v != null).toList(), (int) usable.stream().filter(v -> v == null).count());
        List<Ranking.Placed> placed = Ranking.place(usable, metric.polarity(), stats);
        List<Comparison.Entry> entries = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Authority a = members.get(i);
            MetricValue v = byCode.get(a.code().value());
            Ranking.Placed p = placed.get(i);
            entries.add(new Comparison.Entry(a.code().value(), label(a), v == null ? null : v.value(), v == null ? ValueStatus.MISSING : v.status(),
                    v == null ? null : v.note(), p.rank(), p.percentile(), p.quartile()));
        }
        entries.sort(Comparator.comparing((Comparison.Entry e) -> e.rank() == null ? Integer.MAX_VALUE : e.rank())
                .thenComparing(e -> e.value() == null ? Double.NEGATIVE_INFINITY : -e.value()).thenComparing(Comparison.Entry::name));
        return new Comparison(metric, period, focus == null ? null : focus.code().value(), group,
                focus == null || metric.appliesTo(focus.type()), entries, stats);
    }

    private List<Authority> allAuthorities() {
        return cache.authorities(() -> authorities.find(new AuthorityQuery(null, null, null, AuthorityStatus.ALL)));
    }

    /**
     * Why an authority has no place in a period: when it began or ended, and who came before or after it,
     * so that a user asking for Allerdale in 2023/24 is sent to Cumberland, and for Cumberland in 2022/23
     * to the councils it replaced.
     */
    String notInBeing(Authority a, String period) {
        StringBuilder why = new StringBuilder(label(a));
        List<Authority> all = allAuthorities();
        if (a.endDate() != null && !a.endDate().isAfter(Period.parse(period).start())) {
            why.append(" was abolished on ").append(a.endDate().minusDays(1)).append('.');
            List<String> successors = all.stream().filter(s -> a.successorCodes().contains(s.code()))
                    .map(s -> label(s) + " (" + s.code().value() + ")").toList();
            if (!successors.isEmpty()) {
                why.append(" Its successor: ").append(String.join(", ", successors)).append('.');
            }
        } else if (a.startDate() != null) {
            why.append(" was created on ").append(a.startDate()).append('.');
            List<String> predecessors = all.stream().filter(p -> p.successorCodes().contains(a.code()))
                    .map(p -> label(p) + " (" + p.code().value() + ")").toList();
            if (!predecessors.isEmpty()) {
                why.append(" It replaced ").append(String.join(", ", predecessors)).append('.');
            }
        }
        return why.toString();
    }

    /**
     * An authority's name, told apart from others of the same name and marked when it is past:
     * "Somerset (county, until 2023)" beside "Somerset (unitary authority)".
     */
    String label(Authority a) {
        boolean shared = allAuthorities().stream().anyMatch(o -> !o.code().equals(a.code()) && o.name().equals(a.name()));
        List<String> parts = new ArrayList<>();
        if (shared) {
            parts.add(a.type() == uk.bestvalue.authority.AuthorityType.SHIRE_COUNTY ? "county" : a.type().label().toLowerCase(java.util.Locale.ROOT));
        }
        if (a.endDate() != null) {
            parts.add("until " + a.endDate().minusDays(1).getYear());
        }
        return parts.isEmpty() ? a.name() : a.name() + " (" + String.join(", ", parts) + ")";
    }

    /** Whether the authority was in being at some time in the period. */
    private static boolean existedIn(Authority a, String period) {
        Period when = Period.parse(period);
        LocalDate from = when.start();
        LocalDate to = when.end();
        return (a.startDate() == null || !a.startDate().isAfter(to)) && (a.endDate() == null || a.endDate().isAfter(from));
    }

    private String period(Metric metric, String periodText) {
        if (periodText == null || periodText.isBlank()) {
            List<String> periods = repository.periods(metric.id());
            if (periods.isEmpty()) {
                throw new NotFound("No data", "Metric '" + metric.id() + "' has no values yet");
            }
            return periods.get(periods.size() - 1);
        }
        try {
            // A metric is published for one kind of period; a calendar year never stands in for a financial year.
            return PeriodType.fromId(metric.periodType()).map(kind -> Period.parse(periodText, kind))
                    .orElseGet(() -> Period.parse(periodText)).value();
        } catch (IllegalArgumentException e) {
            throw new Invalid("period", e.getMessage());
        }
    }

    private Authority authority(String code) {
        if (code == null || !OnsCode.isValid(code)) {
            throw new Invalid("authority", "'" + code + "' is not an ONS code such as E07000135");
        }
        OnsCode wanted = OnsCode.parse(code);
        return allAuthorities().stream().filter(a -> a.code().equals(wanted)).findFirst().orElseThrow(() -> new NotFound(
                "Authority not found", "No authority in the register has the code " + wanted));
    }

    private static Set<OnsCode> codes(List<Authority> list) {
        return list.stream().map(Authority::code).collect(Collectors.toSet());
    }
}
