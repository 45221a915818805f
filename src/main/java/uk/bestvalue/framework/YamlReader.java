package uk.bestvalue.framework;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import uk.bestvalue.FieldError;

/** Reads a YAML (or JSON) document into a tree, and fields out of it, collecting problems by location. */
final class YamlReader {
    private static final YAMLMapper YAML = new YAMLMapper();

    private final List<FieldError> problems;

    YamlReader(List<FieldError> problems) {
        this.problems = problems;
    }

    static JsonNode tree(String source, InputStream in) {
        try {
            JsonNode root = YAML.readTree(in);
            if (root == null || !root.isObject()) {
                throw new FrameworkRejected(source, List.of(new FieldError("(file)", "expected a YAML or JSON document with named fields")));
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "(file)" : "line " + e.getLocation().getLineNr();
            throw new FrameworkRejected(source, List.of(new FieldError(where, "not valid YAML: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + source + ": " + e.getMessage(), e);
        }
    }

    String required(JsonNode node, String field, String location, int maxLength) {
        String value = optional(node, field, location, maxLength);
        if (value == null) {
            problems.add(new FieldError(location + "." + field, "is required"));
        }
        return value;
    }

    String optional(JsonNode node, String field, String location, int maxLength) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            problems.add(new FieldError(location + "." + field, "must be a single value, not a list or a section"));
            return null;
        }
        String text = value.asText().strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > maxLength) {
            problems.add(new FieldError(location + "." + field, "must be " + maxLength + " characters or fewer, got " + text.length()));
        }
        return text;
    }

    LocalDate date(JsonNode node, String field, String location) {
        String text = optional(node, field, location, 10);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new FieldError(location + "." + field, "'" + text + "' is not a date in the form YYYY-MM-DD"));
            return null;
        }
    }

    void problem(String location, String message) {
        problems.add(new FieldError(location, message));
    }
}
