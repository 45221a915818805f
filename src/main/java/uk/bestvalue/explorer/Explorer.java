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

    private final ExplorerRepository repository;
    private final ValueImporter importer;
    private final AuthorityRegister authorities;
    private final Clock clock;
    private final ComparisonCache cache = new ComparisonCache();

    public Explorer(Database db, AuthorityRegister authorities, Clock clock) {
        this.repository = new ExplorerRepository(db);
        this.importer = new ValueImporter(db, repository, authorities, clock);
        this.authorities = authorities;
        this.clock = clock;
    }

    /** A number that changes whenever imported data, metrics or groups change; answers may be kept while it stays the same. */
    public long dataGeneration() {
        return cache.generation();
    }

    public List<SavedGroup> groups() {
        return repository.groups();
    }

    /** Saves a group from a list of ONS codes, or fails naming every code that is not in the register. */
    public SavedGroup saveGroup(String name, String description, List<String> codes) {
        List<uk.bestvalue.FieldError> errors = new ArrayList<>();
        String title = name == null ? "" : name.strip();
        if (title.isEmpty() || title.length() > 200) {
            errors.add(new uk.bestvalue.FieldError("name", "Give the group a name of up to 200 characters"));
        } else if (repository.groupNamed(title)) {
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
        cache.clear();
        long id = repository.insertGroup(title, description == null || description.isBlank() ? null : description.strip(),
                List.copyOf(members), java.time.LocalDateTime.now(clock));
        return repository.groups().stream().filter(g -> g.id() == id).findFirst().orElseThrow();
    }

    /** Adds the shipped metrics that are missing, and imports the shipped data sets that were never imported. */
    public void loadShipped() {
        Set<String> known = repository.metrics().stream().map(Metric::id).collect(Collectors.toSet());
        MetricCatalogueFile.shipped().stream().filter(m -> !known.contains(m.id())).forEach(repository::insertMetric);
        cache.clear();
        Set<String> imported = repository.imports().stream().map(ValueImport::fileName).collect(Collectors.toSet());
        for (String file : SHIPPED_FILES) {
            if (imported.contains(file)) {
                continue;
            }
            try (InputStream in = Explorer.class.getResourceAsStream("/data/metrics/" + file)) {
                importValues(new ImportRequest(file, in.readAllBytes(), null, false, "shipped with the product: see data/metrics/NOTICE.md",
                        "Open Government Licence v3.0", "Best Value Workbench", null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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

    public ImportResult importValues(ImportRequest request) {
        try {
            return importer.run(request);
        } finally {
            cache.clear();
        }
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
                throw new Invalid("group", "'" + chosen + "' is not a comparison group; use england, region, type or custom:ID");
            }
        };
    }

    /** Compares an authority with a group; without an authority, shows the whole group (which must then be england). */
    public Comparison compare(String metricId, String authorityCode, String periodText, String groupKey) {
        Metric metric = metric(metricId);
        Authority focus = authorityCode == null || authorityCode.isBlank() ? null : authority(authorityCode);
        String period = period(metricId, periodText);
        if (focus == null && groupKey != null && !groupKey.isBlank() && !groupKey.strip().equals("england")
                && !groupKey.strip().startsWith("custom:")) {
            throw new Invalid("authority", "choose an authority to compare it with its " + groupKey.strip());
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
        return new TimeSeries(metric, focus.code().value(), group, points);
    }

    /** Every metric that applies to the authority, with its latest value and position among authorities of its type. */
    public List<DashboardRow> dashboard(String authorityCode) {
        Authority focus = authority(authorityCode);
        Map<String, List<MetricValue>> mine = repository.valuesOf(focus.code()).stream()
                .collect(Collectors.groupingBy(MetricValue::metricId));
        List<DashboardRow> rows = new ArrayList<>();
        for (Metric metric : metrics()) {
            if (!metric.appliesTo(focus.type())) {
                continue;
            }
            List<MetricValue> series = mine.getOrDefault(metric.id(), List.of()).stream().filter(MetricValue::usable)
                    .sorted(Comparator.comparing(v -> Period.parse(v.period()))).toList();
            if (series.isEmpty()) {
                rows.add(new DashboardRow(metric, null, null, ValueStatus.MISSING, null, null, 0, null, null, null, null));
                continue;
            }
            MetricValue latest = series.get(series.size() - 1);
            MetricValue before = series.size() > 1 ? series.get(series.size() - 2) : null;
            Comparison c = compare(metric, focus, latest.period(), group("type", focus),
                    cache.values(metric.id() + "|" + latest.period(), () -> repository.values(metric.id(), latest.period())));
            Comparison.Entry entry = c.focus().orElseThrow();
            rows.add(new DashboardRow(metric, latest.period(), latest.value(), latest.status(), entry.quartile(), entry.rank(),
                    c.statistics().count(), c.statistics().median(), before == null ? null : before.period(),
                    before == null ? null : before.value(), before == null ? null : direction(metric.polarity(), before.value(), latest.value())));
        }
        return rows;
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
            entries.add(new Comparison.Entry(a.code().value(), a.name(), v == null ? null : v.value(), v == null ? ValueStatus.MISSING : v.status(),
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

    /** Whether the authority was in being at some time in the period. */
    private static boolean existedIn(Authority a, String period) {
        Period when = Period.parse(period);
        LocalDate from = when.start();
        LocalDate to = when.end();
        return (a.startDate() == null || !a.startDate().isAfter(to)) && (a.endDate() == null || a.endDate().isAfter(from));
    }

    private String period(String metricId, String periodText) {
        if (periodText == null || periodText.isBlank()) {
            List<String> periods = repository.periods(metricId);
            if (periods.isEmpty()) {
                throw new NotFound("No data", "Metric '" + metricId + "' has no values yet");
            }
            return periods.get(periods.size() - 1);
        }
        Period period;
        try {
            period = Period.parse(periodText);
        } catch (IllegalArgumentException e) {
            throw new Invalid("period", e.getMessage());
        }
        // A metric is published for one kind of period; a calendar year never stands in for a financial year.
        Optional<PeriodType> expected = PeriodType.fromId(metric(metricId).periodType());
        if (expected.isPresent() && period.type() != expected.get()) {
            throw new Invalid("period", "'" + periodText + "' is a " + period.type().label() + "; this metric is published by "
                    + expected.get().label() + ", e.g. " + expected.get().example());
        }
        return period.value();
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
