package uk.bestvalue.neighbours;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;
import uk.bestvalue.NotFound;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.AuthorityQuery;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.authority.AuthorityStatus;
import uk.bestvalue.authority.AuthorityType;
import uk.bestvalue.authority.OnsCode;
import uk.bestvalue.explorer.ComparisonGroup;
import uk.bestvalue.explorer.Explorer;
import uk.bestvalue.explorer.GroupSource;
import uk.bestvalue.explorer.MetricValue;
import uk.bestvalue.store.Database;

/**
 * Nearest neighbours: published sets imported (ONS's similar councils ship with the product), our
 * own explainable model computed from the contextual indicators in the database, an authority's
 * list with why each neighbour is near, and neighbours as a comparison group ({@code neighbours}
 * for the authority's default set, {@code neighbours:SET} for any other).
 */
public final class Neighbours implements GroupSource {
    /** ONS's global similar councils: the default set for lower-tier and unitary areas. */
    public static final String ONS_GLOBAL = "ons-global";

    /** A publisher's list that ships with the product. */
    public record ShippedSet(String file, SetDetails details) {
    }

    /** What a set is: the key URLs use, its name, who published it, under which licence, from where, how it was made, which edition. */
    public record SetDetails(String key, String name, String publisher, String licence, String source, String method, String edition) {
    }

    /** What an import did: the set, how many lists and neighbours it holds, what lay outside the data, whether anything changed. */
    public record ImportOutcome(NeighbourSet set, String layout, int lists, int neighbours, int listsOutside, int neighboursOutside,
                                boolean changed) {
    }

    private static final String ONS_SOURCE = "ONS Explore Local Statistics, Clustering similar local authorities (2023 boundaries), %s;"
            + " shipped with the product: see data/neighbours/NOTICE.md";
    private static final String ONS_METHOD = "ONS's own clustering: the %d most similar areas by %s, most similar first. ONS publishes"
            + " no distances. UK-wide: Welsh, Scottish and Northern Irish areas are listed as outside the data.";

    public static final List<ShippedSet> SHIPPED = List.of(
            ons("global", "global-neighbours.csv", "all of ONS's clustering indicators"),
            ons("economic", "economic-neighbours.csv", "ONS's economic indicators"),
            ons("demographic", "demographic-neighbours.csv", "ONS's demographic indicators"));

    private static ShippedSet ons(String kind, String file, String by) {
        return new ShippedSet(file, new SetDetails("ons-" + kind, "ONS similar councils (" + kind + ")", "Office for National Statistics",
                "Open Government Licence v3.0", String.format(ONS_SOURCE, file), String.format(ONS_METHOD, 20, by), "2023"));
    }

    private final NeighbourRepository repository;
    private final AuthorityRegister authorities;
    private final Explorer explorer;
    private final Clock clock;

    public Neighbours(Database db, AuthorityRegister authorities, Explorer explorer, Clock clock) {
        this.repository = new NeighbourRepository(db);
        this.authorities = authorities;
        this.explorer = explorer;
        this.clock = clock;
    }

    public List<NeighbourSet> sets() {
        return repository.sets();
    }

    public NeighbourSet set(String key) {
        return repository.set(key).orElseThrow(() -> new NotFound("Neighbour set not found", "There is no neighbour set '" + key + "'"));
    }

    /** The key of the product's own model, as shipped. */
    public String modelKey() {
        return NeighbourModel.shipped().key();
    }

    /**
     * Imports a file of neighbour lists as a set, replacing the set's lists if it exists. Every row is
     * checked first; if any is bad, nothing changes and each problem is named by row and column.
     */
    public ImportOutcome importFile(SetDetails details, byte[] content) {
        SetDetails checked = check(details);
        Set<String> register = allAuthorities().stream().map(a -> a.code().value()).collect(Collectors.toSet());
        NeighbourFile.Parsed parsed = NeighbourFile.read(content, register::contains);
        boolean changed = repository.set(checked.key()).map(existing -> !same(existing, checked)
                || !repository.rows(checked.key()).equals(sorted(parsed.rows()))).orElse(true);
        if (changed) {
            repository.replace(new NeighbourSet(checked.key(), checked.name(), checked.publisher(), checked.licence(), checked.source(),
                    checked.method(), checked.edition(), false, 0, 0), parsed.rows(), List.of(), LocalDateTime.now(clock));
            explorer.groupsChanged();
        }
        int lists = (int) parsed.rows().stream().map(NeighbourRepository.Row::authority).distinct().count();
        return new ImportOutcome(set(checked.key()), parsed.layout(), lists, parsed.rows().size(), parsed.listsOutside(),
                parsed.neighboursOutside(), changed);
    }

    private static boolean same(NeighbourSet stored, SetDetails given) {
        return !stored.computed() && stored.name().equals(given.name()) && java.util.Objects.equals(stored.publisher(), given.publisher())
                && java.util.Objects.equals(stored.licence(), given.licence()) && java.util.Objects.equals(stored.source(), given.source())
                && java.util.Objects.equals(stored.method(), given.method()) && java.util.Objects.equals(stored.edition(), given.edition());
    }

    private static List<NeighbourRepository.Row> sorted(List<NeighbourRepository.Row> rows) {
        return rows.stream().sorted(Comparator.comparing(NeighbourRepository.Row::authority).thenComparingInt(NeighbourRepository.Row::rank))
                .toList();
    }

    private SetDetails check(SetDetails d) {
        List<FieldError> errors = new ArrayList<>();
        String key = d.key() == null ? "" : d.key().strip();
        if (!key.matches("[a-z0-9][a-z0-9-]{1,79}")) {
            errors.add(new FieldError("key", "a key of 2 to 80 lower-case letters, digits and hyphens, such as cipfa-2024"));
        } else if (repository.set(key).map(NeighbourSet::computed).orElse(false)) {
            errors.add(new FieldError("key", key + " is a computed set; import under another key"));
        }
        String name = d.name() == null ? "" : d.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.add(new FieldError("name", "give the set a name of up to 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new SetDetails(key, name, blank(d.publisher()), blank(d.licence()), blank(d.source()), blank(d.method()), blank(d.edition()));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Loads the shipped ONS sets that are not in the database yet, and computes our own model's set when it is missing. */
    public void loadShipped() {
        loadShipped(key -> true);
    }

    /** Loads the shipped sets the filter picks (by key) that are not in the database yet; tests need only a few. */
    public void loadShipped(Predicate<String> keys) {
        Set<String> present = repository.sets().stream().map(NeighbourSet::key).collect(Collectors.toSet());
        for (ShippedSet shipped : SHIPPED) {
            if (!present.contains(shipped.details().key()) && keys.test(shipped.details().key())) {
                importFile(shipped.details(), resource("/data/neighbours/" + shipped.file()));
            }
        }
        String model = modelKey();
        if (!present.contains(model) && keys.test(model)) {
            compute();
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = Neighbours.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The product is missing its resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Computes (or recomputes) the shipped model's set from the indicators in the database. */
    public NeighbourSet compute() {
        return compute(NeighbourModel.shipped());
    }

    /** Computes the set a model file (bestvalue-neighbours-model/1) describes. */
    public NeighbourSet compute(byte[] modelFile) {
        return compute(NeighbourModel.parse(modelFile));
    }

    private NeighbourSet compute(NeighbourModel model) {
        if (repository.set(model.key()).map(s -> !s.computed()).orElse(false)) {
            throw new Invalid("key", model.key() + " is an imported set; give the model another key");
        }
        List<Authority> all = allAuthorities();
        NeighbourModel.Inputs inputs = model.read(all, this::periodsOrNull, this::usableValues);
        NeighbourModel.Result result = model.compute(all, inputs);
        NeighbourModel.Definition d = model.definition();
        repository.replace(new NeighbourSet(model.key(), d.name(), "Best Value Workbench",
                        "Open Government Licence v3.0 (the indicators'); CC BY 4.0 (the register's population and area)",
                        "Computed by the product from the metrics in its database and the register (data/neighbours/model.yaml)",
                        result.method(), d.edition(), true, 0, 0),
                result.rows(), result.indicators(), LocalDateTime.now(clock));
        explorer.groupsChanged();
        return set(model.key());
    }

    private List<String> periodsOrNull(String metric) {
        try {
            return explorer.periods(metric);
        } catch (NotFound e) {
            return null;
        }
    }

    private Map<String, Double> usableValues(String metric, String period) {
        Map<String, Double> values = new HashMap<>();
        for (MetricValue v : explorer.values(metric, period)) {
            if (v.usable()) {
                values.put(v.authority().value(), v.value());
            }
        }
        return values;
    }

    /** The set an authority's neighbours come from unless another is asked for: ONS global for the areas ONS lists, else our model. */
    public Optional<String> defaultSet(Authority authority) {
        List<String> listing = repository.setsListing(authority.code().value());
        if (authority.type() != AuthorityType.SHIRE_COUNTY && listing.contains(ONS_GLOBAL)) {
            return Optional.of(ONS_GLOBAL);
        }
        String model = modelKey();
        if (listing.contains(model)) {
            return Optional.of(model);
        }
        return listing.stream().findFirst();
    }

    /** The sets that hold a list for the authority. */
    public List<NeighbourSet> setsFor(String code) {
        Authority a = authorities.require(code);
        Set<String> listing = Set.copyOf(repository.setsListing(a.code().value()));
        return sets().stream().filter(s -> listing.contains(s.key())).toList();
    }

    /**
     * An authority's neighbours in a set (its default set when none is named), nearest first, each
     * with the indicators of our model on which it is closest to the authority and furthest from it.
     */
    public NeighbourList list(String code, String setKey) {
        Authority a = authorities.require(code);
        String key = setKey == null || setKey.isBlank() ? defaultSet(a).orElseThrow(() -> new NotFound("No neighbours",
                a.name() + " has no list in any neighbour set")) : setKey.strip();
        NeighbourSet set = repository.set(key).orElseThrow(() -> new Invalid("set", "there is no neighbour set '" + key + "'"));
        List<NeighbourRepository.Row> rows = repository.list(key, a.code().value());
        if (rows.isEmpty()) {
            throw new NotFound("No neighbours", set.name() + " has no list for " + a.name());
        }
        Map<String, Authority> byCode = allAuthorities().stream().collect(Collectors.toMap(x -> x.code().value(), x -> x));
        Map<String, List<NeighbourRepository.Indicator>> indicators = explanation(set);
        Map<String, String> titles = titles();
        List<NeighbourList.Entry> entries = new ArrayList<>();
        for (NeighbourRepository.Row r : rows) {
            Authority n = byCode.get(r.neighbour());
            Neighbour neighbour = new Neighbour(r.rank(), r.neighbour(), n == null ? null : n.name(), n == null ? null : n.type().id(),
                    r.distance(), r.outside());
            List<NeighbourList.Difference> gaps = differences(indicators.get(a.code().value()), indicators.get(r.neighbour()), titles);
            int shown = Math.min(2, gaps.size() / 2);
            entries.add(new NeighbourList.Entry(neighbour, gaps.subList(0, shown),
                    reversed(gaps.subList(gaps.size() - shown, gaps.size()))));
        }
        List<NeighbourList.Figure> figures = indicators.getOrDefault(a.code().value(), List.of()).stream()
                .map(i -> new NeighbourList.Figure(i.indicator(), titles.getOrDefault(i.indicator(), i.indicator()), i.raw(), i.derivation()))
                .toList();
        return new NeighbourList(a, set, entries, figures);
    }

    /** The indicators that explain a set: its own when computed, else those of our model, if it has been computed. */
    private Map<String, List<NeighbourRepository.Indicator>> explanation(NeighbourSet set) {
        return repository.indicators(set.computed() ? set.key() : modelKey());
    }

    private static Map<String, String> titles() {
        Map<String, String> titles = new HashMap<>();
        NeighbourModel.shipped().definition().indicators().forEach(i -> titles.put(i.id(), i.title()));
        return titles;
    }

    private static List<NeighbourList.Difference> reversed(List<NeighbourList.Difference> list) {
        List<NeighbourList.Difference> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** Both councils' figures on every indicator they share, the smallest gap (in standard deviations) first. */
    private static List<NeighbourList.Difference> differences(List<NeighbourRepository.Indicator> mine, List<NeighbourRepository.Indicator> theirs,
                                                              Map<String, String> titles) {
        if (mine == null || theirs == null) {
            return List.of();
        }
        Map<String, NeighbourRepository.Indicator> other = theirs.stream().collect(Collectors.toMap(NeighbourRepository.Indicator::indicator, i -> i));
        List<NeighbourList.Difference> gaps = new ArrayList<>();
        for (NeighbourRepository.Indicator i : mine) {
            NeighbourRepository.Indicator t = other.get(i.indicator());
            if (t != null) {
                gaps.add(new NeighbourList.Difference(i.indicator(), titles.getOrDefault(i.indicator(), i.indicator()), i.raw(), t.raw(),
                        Math.abs(i.z() - t.z())));
            }
        }
        gaps.sort(Comparator.comparingDouble(NeighbourList.Difference::gap).thenComparing(NeighbourList.Difference::indicator));
        return gaps;
    }

    /** The overlap between two sets' lists, council by council: how many of the first set's top N are in the second's top N. */
    public record Overlap(String code, String name, String type, int compared, int shared) {
    }

    public List<Overlap> overlap(String firstKey, String secondKey, int top) {
        set(firstKey);
        set(secondKey);
        Map<String, List<String>> first = topLists(firstKey, top);
        Map<String, List<String>> second = topLists(secondKey, top);
        Map<String, Authority> byCode = allAuthorities().stream().collect(Collectors.toMap(x -> x.code().value(), x -> x));
        List<Overlap> overlaps = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : first.entrySet()) {
            List<String> theirs = second.get(e.getKey());
            if (theirs == null) {
                continue;
            }
            int compared = Math.min(e.getValue().size(), theirs.size());
            int shared = (int) e.getValue().stream().filter(theirs::contains).count();
            Authority a = byCode.get(e.getKey());
            overlaps.add(new Overlap(e.getKey(), a.name(), a.type().id(), compared, shared));
        }
        return overlaps;
    }

    /** Each authority's first N neighbours in the register (outside the data left out), in rank order. */
    private Map<String, List<String>> topLists(String key, int top) {
        Map<String, List<String>> lists = new java.util.TreeMap<>();
        for (NeighbourRepository.Row r : repository.rows(key)) {
            List<String> list = lists.computeIfAbsent(r.authority(), k -> new ArrayList<>());
            if (!r.outside() && list.size() < top) {
                list.add(r.neighbour());
            }
        }
        return lists;
    }

    @Override
    public Map<String, String> choices() {
        Map<String, String> choices = new java.util.LinkedHashMap<>();
        choices.put("neighbours", "Nearest neighbours");
        sets().forEach(s -> choices.put("neighbours:" + s.key(), "Nearest neighbours: " + s.name()));
        return choices;
    }

    @Override
    public Optional<ComparisonGroup> group(String key, Authority focus) {
        if (!key.equals("neighbours") && !key.startsWith("neighbours:")) {
            return Optional.empty();
        }
        if (focus == null) {
            throw new Invalid("authority", "choose an authority to compare it with its nearest neighbours");
        }
        String setKey = key.equals("neighbours") ? null : key.substring("neighbours:".length());
        if (setKey != null && repository.set(setKey).isEmpty()) {
            throw new Invalid("group", "there is no neighbour set '" + setKey + "'");
        }
        // Only the codes are needed here, not the explanation: a dashboard resolves the group once per metric.
        String chosen = setKey != null ? setKey : defaultSet(focus).orElseThrow(() -> new Invalid("group",
                focus.name() + " has no list in any neighbour set"));
        List<NeighbourRepository.Row> rows = repository.list(chosen, focus.code().value());
        if (rows.isEmpty()) {
            throw new Invalid("group", set(chosen).name() + " has no list for " + focus.name());
        }
        Set<OnsCode> members = rows.stream().filter(r -> !r.outside()).map(r -> OnsCode.parse(r.neighbour())).collect(Collectors.toSet());
        long outsideCount = rows.stream().filter(NeighbourRepository.Row::outside).count();
        String outside = outsideCount == 0 ? "" : ", " + outsideCount + " outside the data";
        return Optional.of(new ComparisonGroup(key, "Nearest neighbours: " + set(chosen).name() + outside, members));
    }

    private List<Authority> allAuthorities() {
        return authorities.find(new AuthorityQuery(null, null, null, AuthorityStatus.ALL));
    }
}
