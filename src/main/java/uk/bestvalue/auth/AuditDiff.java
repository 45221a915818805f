package uk.bestvalue.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an audit entry changed, field by field, for people to read: the fields whose value differs
 * between before and after, each as plain text. Lists and nested things are shown as short text.
 */
public final class AuditDiff {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHOWN = 500;

    private AuditDiff() {
    }

    public static List<FieldChange> of(AuditEntry entry) {
        JsonNode before = read(entry.before());
        JsonNode after = read(entry.after());
        List<FieldChange> changes = new ArrayList<>();
        if ((before == null || before.isObject()) && (after == null || after.isObject())) {
            Set<String> fields = new LinkedHashSet<>();
            names(before, fields);
            names(after, fields);
            for (String field : fields) {
                String was = text(before == null ? null : before.get(field));
                String is = text(after == null ? null : after.get(field));
                if (!java.util.Objects.equals(was, is)) {
                    changes.add(new FieldChange(field, was, is));
                }
            }
        } else if (!java.util.Objects.equals(text(before), text(after))) {
            changes.add(new FieldChange("value", text(before), text(after)));
        }
        return changes;
    }

    private static void names(JsonNode node, Set<String> into) {
        if (node != null) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                into.add(names.next());
            }
        }
    }

    private static JsonNode read(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(json);
            return node == null || node.isNull() ? null : node;
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(json);
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        String text;
        if (node.isValueNode()) {
            text = node.asText();
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.isValueNode() ? item.asText() : compact(item)));
            text = String.join("; ", items);
        } else {
            text = compact(node);
        }
        return text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
    }

    /** A nested thing as "name: value, name: value", leaving out empty values. */
    private static String compact(JsonNode node) {
        List<String> parts = new ArrayList<>();
        node.fields().forEachRemaining(f -> {
            String value = text(f.getValue());
            if (value != null && !value.isBlank()) {
                parts.add(f.getKey() + ": " + value);
            }
        });
        return String.join(", ", parts);
    }
}
