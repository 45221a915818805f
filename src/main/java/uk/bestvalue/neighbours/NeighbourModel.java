package uk.bestvalue.neighbours;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.AuthorityType;

/**
 * Our own explainable nearest-neighbour model. Each council's contextual indicators (population and
 * density from the register, deprivation, pay, housing growth … from the metrics held in the
 * database) are standardised as z-scores over every current council, and the distance between two
 * councils is the weighted Euclidean distance between their z-scores. Neighbours are of the same
 * tier by default, nearest first, ties broken by ONS code: the same inputs always give the same lists.
 *
 * <p>Where a figure is not published for a council — a county's deprivation score, a 2023 unitary's
 * figures from before it existed — it is the population-weighted mean of its current districts (for
 * a county) or of its lower-tier predecessors (for a successor); population and area are summed.
 * Every figure says how it was found. A council without a figure on some indicator is compared on
 * the indicators it has, the distance scaled up to the full set of weights so that a gap never
 * makes a council look nearer.
 */
final class NeighbourModel {
    static final String SHIPPED = "/data/neighbours/model.yaml";
    private static final YAMLMapper YAML = (YAMLMapper) new YAMLMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** The model as data: its key and name, how many neighbours, same tier or not, and its indicators. */
    record Definition(String format, String key, String name, String edition, Integer neighbours, Boolean same_tier,
                      List<IndicatorDefinition> indicators) {
    }

    /** One indicator: from the register ({@code from: population|density}) or a metric in a period ({@code latest} or a period). */
    record IndicatorDefinition(String id, String title, String from, String metric, String period, String transform, Double weight,
                               Boolean optional) {
        double weightOrOne() {
            return weight == null ? 1.0 : weight;
        }
    }

    /** A figure and how it was found. */
    record Figure(double value, String derivation) {
    }

    /** What reading the metrics gave: each indicator's figures by council code, the period used, and indicators left out and why. */
    record Inputs(Map<String, Map<String, Figure>> figures, Map<String, String> periods, Map<String, String> leftOut) {
    }

    /** The computed set: its lists, the standardised indicators behind them, and the method in words. */
    record Result(List<NeighbourRepository.Row> rows, List<NeighbourRepository.Indicator> indicators, String method, int councils) {
    }

    private final Definition definition;

    NeighbourModel(Definition definition) {
        this.definition = check(definition);
    }

    /** The model that ships, read once. */
    static NeighbourModel shipped() {
        return Shipped.MODEL;
    }

    private static final class Shipped {
        static final NeighbourModel MODEL = read();
    }

    private static NeighbourModel read() {
        try (var in = NeighbourModel.class.getResourceAsStream(SHIPPED)) {
            return new NeighbourModel(YAML.readValue(in, Definition.class));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static NeighbourModel parse(byte[] yaml) {
        try {
            return new NeighbourModel(YAML.readValue(yaml, Definition.class));
        } catch (IOException e) {
            throw new Invalid("file", "not a neighbour model (bestvalue-neighbours-model/1): " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    Definition definition() {
        return definition;
    }

    String key() {
        return definition.key();
    }

    int count() {
        return definition.neighbours() == null ? 15 : definition.neighbours();
    }

    boolean sameTier() {
        return definition.same_tier() == null || definition.same_tier();
    }

    private static Definition check(Definition d) {
        List<FieldError> errors = new ArrayList<>();
        if (!"bestvalue-neighbours-model/1".equals(d.format())) {
            errors.add(new FieldError("format", "must be bestvalue-neighbours-model/1"));
        }
        if (d.key() == null || !d.key().matches("[a-z0-9][a-z0-9-]{1,79}")) {
            errors.add(new FieldError("key", "a key of lower-case letters, digits and hyphens, such as bestvalue-context-v1"));
        }
        if (d.name() == null || d.name().isBlank()) {
            errors.add(new FieldError("name", "give the model a name"));
        }
        if (d.neighbours() != null && (d.neighbours() < 1 || d.neighbours() > 50)) {
            errors.add(new FieldError("neighbours", "from 1 to 50"));
        }
        List<IndicatorDefinition> indicators = d.indicators() == null ? List.of() : d.indicators();
        if (indicators.isEmpty()) {
            errors.add(new FieldError("indicators", "name at least one indicator"));
        }
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorDefinition ind = indicators.get(i);
            String at = "indicators[" + (i + 1) + "]";
            if (ind.id() == null || !ind.id().matches("[a-z0-9-]{1,60}")) {
                errors.add(new FieldError(at + ".id", "an id of lower-case letters, digits and hyphens"));
            }
            if ((ind.from() == null) == (ind.metric() == null)) {
                errors.add(new FieldError(at, "give either from (population or density) or metric"));
            } else if (ind.from() != null && !List.of("population", "density").contains(ind.from())) {
                errors.add(new FieldError(at + ".from", "population or density"));
            }
            if (ind.transform() != null && !ind.transform().equals("log")) {
                errors.add(new FieldError(at + ".transform", "only log, or none"));
            }
            if (ind.weight() != null && (ind.weight() <= 0 || ind.weight() > 100 || ind.weight().isNaN())) {
                errors.add(new FieldError(at + ".weight", "a weight above 0 and at most 100"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return d;
    }

    /** Which councils are compared with which: the same tier, or all together. */
    static String tier(AuthorityType type) {
        return switch (type) {
            case SHIRE_COUNTY -> "upper tier";
            case SHIRE_DISTRICT -> "lower tier";
            default -> "single tier";
        };
    }

    static boolean inPool(Authority a) {
        return a.isCurrent() && a.type().isCouncil();
    }

    /**
     * Reads every indicator for every current council.
     *
     * @param all          the whole register, past authorities included (for aggregating predecessors)
     * @param periods      a metric's periods, oldest first; null when the metric is not in the catalogue
     * @param values       a metric's usable values in a period, by council code
     */
    Inputs read(List<Authority> all, Function<String, List<String>> periods, BiFunction<String, String, Map<String, Double>> values) {
        Map<String, Map<String, Figure>> figures = new LinkedHashMap<>();
        Map<String, String> used = new LinkedHashMap<>();
        Map<String, String> leftOut = new LinkedHashMap<>();
        List<Authority> pool = all.stream().filter(NeighbourModel::inPool).toList();
        Map<String, List<Authority>> parts = parts(all, pool);
        for (IndicatorDefinition ind : definition.indicators()) {
            Map<String, Double> published;
            String period;
            if (ind.from() != null) {
                published = new HashMap<>();
                for (Authority a : all) {
                    Double v = register(a, ind.from());
                    if (v != null) {
                        published.put(a.code().value(), v);
                    }
                }
                period = "mid-2020";
            } else {
                List<String> known = periods.apply(ind.metric());
                if (known == null || known.isEmpty()) {
                    if (Boolean.TRUE.equals(ind.optional())) {
                        leftOut.put(ind.id(), "the metric " + ind.metric() + (known == null ? " is not in the catalogue" : " has no values"));
                        continue;
                    }
                    throw new Invalid("indicators", "the indicator " + ind.id() + " reads the metric " + ind.metric()
                            + ", which " + (known == null ? "is not in the catalogue" : "has no values yet"));
                }
                period = ind.period() == null || ind.period().equals("latest") ? known.get(known.size() - 1) : ind.period();
                if (!known.contains(period)) {
                    throw new Invalid("indicators", "the metric " + ind.metric() + " has no values for " + period);
                }
                published = values.apply(ind.metric(), period);
            }
            used.put(ind.id(), period);
            Map<String, Figure> byCode = new LinkedHashMap<>();
            for (Authority a : pool) {
                Figure f = figure(a, ind, published, parts.getOrDefault(a.code().value(), List.of()), period);
                if (f != null && "log".equals(ind.transform()) && f.value() <= 0) {
                    f = null;
                }
                if (f != null && Double.isFinite(f.value())) {
                    byCode.put(a.code().value(), f);
                }
            }
            figures.put(ind.id(), byCode);
        }
        return new Inputs(figures, used, leftOut);
    }

    private static Double register(Authority a, String from) {
        if (a.population() == null) {
            return null;
        }
        if (from.equals("population")) {
            return a.population().doubleValue();
        }
        return a.areaKm2() == null || a.areaKm2().signum() <= 0 ? null : a.population() / a.areaKm2().doubleValue();
    }

    /**
     * The parts a council's figure can be made from when it is not published: a county's current
     * districts; a successor's lower-tier predecessors (a county it replaced would count its districts twice).
     */
    private static Map<String, List<Authority>> parts(List<Authority> all, List<Authority> pool) {
        Map<String, List<Authority>> parts = new HashMap<>();
        for (Authority a : pool) {
            List<Authority> mine;
            if (a.type() == AuthorityType.SHIRE_COUNTY) {
                mine = all.stream().filter(d -> d.isCurrent() && a.code().equals(d.countyCode())).toList();
            } else {
                mine = all.stream().filter(p -> p.successorCodes().contains(a.code()) && p.type() != AuthorityType.SHIRE_COUNTY).toList();
            }
            if (!mine.isEmpty()) {
                parts.put(a.code().value(), mine);
            }
        }
        return parts;
    }

    private static Figure figure(Authority a, IndicatorDefinition ind, Map<String, Double> published, List<Authority> parts, String period) {
        Double own = published.get(a.code().value());
        if (own != null) {
            return new Figure(own, ind.from() != null ? "register (mid-2020 population estimate)" : "published for " + uk.bestvalue.period.Period.label(period));
        }
        if (parts.isEmpty()) {
            return null;
        }
        String whose = a.type() == AuthorityType.SHIRE_COUNTY ? "districts" : "predecessors";
        if (ind.from() != null) {
            // Population and area add up; density is the sum of people over the sum of area.
            double people = 0;
            double area = 0;
            for (Authority p : parts) {
                if (p.population() == null || (ind.from().equals("density") && (p.areaKm2() == null || p.areaKm2().signum() <= 0))) {
                    return null;
                }
                people += p.population();
                area += ind.from().equals("density") ? p.areaKm2().doubleValue() : 0;
            }
            return new Figure(ind.from().equals("population") ? people : people / area,
                    "sum of its " + parts.size() + " " + whose + " in the register (mid-2020)");
        }
        double weighted = 0;
        double people = 0;
        int counted = 0;
        for (Authority p : parts) {
            Double v = published.get(p.code().value());
            if (v != null && p.population() != null) {
                weighted += v * p.population();
                people += p.population();
                counted++;
            }
        }
        if (counted == 0 || counted * 2 < parts.size()) {
            return null;
        }
        return new Figure(weighted / people, "population-weighted mean of " + counted + " of its " + parts.size() + " " + whose
                + ", " + uk.bestvalue.period.Period.label(period));
    }

    /** Computes every current council's neighbours from the indicators read. */
    Result compute(List<Authority> all, Inputs inputs) {
        List<Authority> pool = all.stream().filter(NeighbourModel::inPool)
                .sorted(Comparator.comparing(a -> a.code().value())).toList();
        List<IndicatorDefinition> used = definition.indicators().stream().filter(i -> inputs.figures().containsKey(i.id())).toList();
        double totalWeight = used.stream().mapToDouble(IndicatorDefinition::weightOrOne).sum();
        Map<String, double[]> z = new HashMap<>();
        List<NeighbourRepository.Indicator> stored = new ArrayList<>();
        for (Authority a : pool) {
            double[] row = new double[used.size()];
            java.util.Arrays.fill(row, Double.NaN);
            z.put(a.code().value(), row);
        }
        for (int i = 0; i < used.size(); i++) {
            Map<String, Figure> figures = inputs.figures().get(used.get(i).id());
            boolean log = "log".equals(used.get(i).transform());
            java.util.function.ToDoubleFunction<Figure> scaled = f -> log ? Math.log(f.value()) : f.value();
            double mean = figures.values().stream().mapToDouble(scaled).average().orElse(0);
            double variance = figures.values().stream().mapToDouble(f -> (scaled.applyAsDouble(f) - mean) * (scaled.applyAsDouble(f) - mean)).sum()
                    / Math.max(1, figures.size());
            double sd = Math.sqrt(variance);
            for (Authority a : pool) {
                Figure f = figures.get(a.code().value());
                if (f != null) {
                    double score = sd == 0 ? 0 : (scaled.applyAsDouble(f) - mean) / sd;
                    z.get(a.code().value())[i] = score;
                    stored.add(new NeighbourRepository.Indicator(a.code().value(), used.get(i).id(), f.value(), score, f.derivation()));
                }
            }
        }
        List<NeighbourRepository.Row> rows = new ArrayList<>();
        for (Authority a : pool) {
            record Near(String code, double distance) {
            }
            List<Near> near = new ArrayList<>();
            for (Authority b : pool) {
                if (b.code().equals(a.code()) || (sameTier() && !tier(a.type()).equals(tier(b.type())))) {
                    continue;
                }
                double d = distance(z.get(a.code().value()), z.get(b.code().value()), used, totalWeight);
                if (Double.isFinite(d)) {
                    near.add(new Near(b.code().value(), d));
                }
            }
            near.sort(Comparator.comparingDouble(Near::distance).thenComparing(Near::code));
            for (int r = 0; r < Math.min(count(), near.size()); r++) {
                rows.add(new NeighbourRepository.Row(a.code().value(), r + 1, near.get(r).code(), round(near.get(r).distance()), false));
            }
        }
        return new Result(rows, stored, method(used, inputs), pool.size());
    }

    static double distance(double[] a, double[] b, List<IndicatorDefinition> used, double totalWeight) {
        double sum = 0;
        double weight = 0;
        for (int i = 0; i < used.size(); i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                double w = used.get(i).weightOrOne();
                sum += w * (a[i] - b[i]) * (a[i] - b[i]);
                weight += w;
            }
        }
        return weight == 0 ? Double.POSITIVE_INFINITY : Math.sqrt(sum * totalWeight / weight);
    }

    /** Six significant places are far more than the inputs carry, and keep lists identical across engines and runs. */
    private static double round(double d) {
        return Math.round(d * 1_000_000d) / 1_000_000d;
    }

    private String method(List<IndicatorDefinition> used, Inputs inputs) {
        StringBuilder text = new StringBuilder("Weighted Euclidean distance between z-scores (over every current council) of: ");
        List<String> parts = new ArrayList<>();
        for (IndicatorDefinition i : used) {
            parts.add(i.title() + " (" + inputs.periods().get(i.id()) + ", weight " + i.weightOrOne() + ")");
        }
        text.append(String.join("; ", parts)).append(". ");
        List<String> logged = used.stream().filter(i -> "log".equals(i.transform())).map(IndicatorDefinition::title).toList();
        if (!logged.isEmpty()) {
            text.append(String.join(" and ", logged)).append(logged.size() == 1 ? " is" : " are").append(" compared on a log scale. ");
        }
        text.append(count()).append(" nearest ").append(sameTier() ? "of the same tier" : "of any tier").append(", ties broken by ONS code.");
        inputs.leftOut().forEach((id, why) -> text.append(" Left out: ").append(id).append(" (").append(why).append(")."));
        return text.toString();
    }
}
