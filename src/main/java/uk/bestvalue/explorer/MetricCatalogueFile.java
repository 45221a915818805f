package uk.bestvalue.explorer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.bestvalue.authority.AuthorityType;

/** Reads the metric catalogue file (format bestvalue-metrics/1). */
final class MetricCatalogueFile {
    static final String SHIPPED = "/data/metrics/metrics.yaml";
    private static final YAMLMapper YAML = (YAMLMapper) new YAMLMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    record Entry(String id, String title, String description, String unit, String polarity, String area, String publisher, String source,
                 String licence, List<String> applies_to, String period_type, Integer decimals, String url, String notes, String aggregation) {
    }

    record Contents(String format, List<Entry> metrics) {
    }

    private MetricCatalogueFile() {
    }

    static List<Metric> shipped() {
        try (InputStream in = MetricCatalogueFile.class.getResourceAsStream(SHIPPED)) {
            Contents contents = YAML.readValue(in, Contents.class);
            return contents.metrics().stream().map(MetricCatalogueFile::metric).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped metric catalogue could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * The definitions in a metric file a person wrote: either the catalogue form (format and a list of
     * metrics) or one metric on its own. A file YAML cannot read is a problem naming its line.
     */
    static List<MetricDefinition> definitions(byte[] content) {
        try {
            com.fasterxml.jackson.databind.JsonNode root = YAML.readTree(content);
            if (root == null || !root.isObject()) {
                throw new uk.bestvalue.Invalid("file", "a metric file holds one metric, or 'format: bestvalue-metrics/1' and a list of 'metrics'");
            }
            if (root.has("metrics")) {
                Contents contents = YAML.treeToValue(root, Contents.class);
                if (contents.format() != null && !contents.format().equals("bestvalue-metrics/1")) {
                    throw new uk.bestvalue.Invalid("format", "'" + contents.format() + "' is not a format this version reads; use bestvalue-metrics/1");
                }
                return contents.metrics() == null ? List.of() : contents.metrics().stream().map(MetricCatalogueFile::definition).toList();
            }
            return List.of(definition(YAML.treeToValue(root, Entry.class)));
        } catch (IOException e) {
            String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    ? " (line " + j.getLocation().getLineNr() + ")" : "";
            String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new uk.bestvalue.Invalid("file", "the metric file cannot be read" + where + ": " + message);
        }
    }

    private static MetricDefinition definition(Entry e) {
        return new MetricDefinition(e.id(), e.title(), e.description(), e.area(), e.unit(), e.polarity(), e.applies_to(), e.period_type(),
                e.publisher(), e.source(), e.licence(), e.url(), e.notes(), e.decimals(), e.aggregation());
    }

    private static Metric metric(Entry e) {
        Set<AuthorityType> types = e.applies_to().stream().map(id -> AuthorityType.fromId(id).orElseThrow(
                () -> new IllegalStateException("Unknown authority type " + id + " in the metric catalogue"))).collect(Collectors.toSet());
        return new Metric(e.id(), e.title(), e.description(), e.unit(), Polarity.fromId(e.polarity()).orElseThrow(), e.area(), e.publisher(),
                e.source(), e.licence(), types, e.period_type(), false, e.decimals(), e.url(), e.notes(), e.aggregation());
    }
}
