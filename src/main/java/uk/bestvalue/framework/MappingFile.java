package uk.bestvalue.framework;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import uk.bestvalue.FieldError;

/**
 * Reads a mapping file ({@code bestvalue-mapping/1}) and checks it against the two versions it
 * names, collecting every problem with its place in the file. {@code from} and {@code to} of an
 * entry are a code or a list of codes (a list says merged or split in one line).
 */
final class MappingFile {
    static final String FORMAT = "bestvalue-mapping/1";

    private MappingFile() {
    }

    static FrameworkMapping read(String source, InputStream in, Function<String, FrameworkVersion> versions) {
        JsonNode root = YamlReader.tree(source, in);
        List<FieldError> problems = new ArrayList<>();
        if (!FORMAT.equals(root.path("format").asText(null))) {
            problems.add(new FieldError("format", "expected " + FORMAT));
        }
        FrameworkVersion from = version(root, "from", versions, problems);
        FrameworkVersion to = version(root, "to", versions, problems);
        if (from != null && to != null && from.id() == to.id()) {
            problems.add(new FieldError("to", "a mapping goes from one version to another, not to the same one"));
        }
        if (!problems.isEmpty()) {
            throw new FrameworkRejected(source, problems);
        }
        List<FrameworkMapping.Entry> themes = entries(root.path("themes"), "themes",
                code -> from.theme(code).isPresent(), code -> to.theme(code).isPresent(), problems);
        List<FrameworkMapping.Entry> criteria = entries(root.path("criteria"), "criteria",
                code -> from.criterion(code).isPresent(), code -> to.criterion(code).isPresent(), problems);
        if (!problems.isEmpty()) {
            throw new FrameworkRejected(source, problems);
        }
        // What the file does not mention carries to the same code, so a mapping lists only what changed.
        FrameworkMapping byCode = FrameworkMapping.byCode(from, to);
        return new FrameworkMapping(from.reference(), to.reference(), root.path("note").asText(null),
                completed(themes, byCode.themes()), completed(criteria, byCode.criteria()));
    }

    private static FrameworkVersion version(JsonNode root, String field, Function<String, FrameworkVersion> versions, List<FieldError> problems) {
        String reference = root.path(field).asText(null);
        if (reference == null || reference.isBlank()) {
            problems.add(new FieldError(field, "is required: a loaded framework version, e.g. best-value-standards/2024"));
            return null;
        }
        FrameworkVersion version = versions.apply(reference.strip());
        if (version == null) {
            problems.add(new FieldError(field, "'" + reference + "' is not a loaded framework version; import it first"));
        }
        return version;
    }

    private static List<FrameworkMapping.Entry> entries(JsonNode list, String name, Function<String, Boolean> inFrom,
                                                        Function<String, Boolean> inTo, List<FieldError> problems) {
        List<FrameworkMapping.Entry> entries = new ArrayList<>();
        if (list.isMissingNode() || list.isNull()) {
            return entries;
        }
        if (!list.isArray()) {
            problems.add(new FieldError(name, "expected a list"));
            return entries;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String at = name + "[" + (i + 1) + "]";
            FrameworkMapping.Change change = FrameworkMapping.Change.fromId(entry.path("change").asText("")).orElse(null);
            if (change == null) {
                problems.add(new FieldError(at + ".change", "use same, renamed, merged, split, new or dropped"));
                continue;
            }
            List<String> fromCodes = codes(entry.path("from"));
            List<String> toCodes = codes(entry.path("to"));
            if (change == FrameworkMapping.Change.NEW ? !fromCodes.isEmpty() || toCodes.isEmpty()
                    : change == FrameworkMapping.Change.DROPPED ? fromCodes.isEmpty() || !toCodes.isEmpty()
                    : fromCodes.isEmpty() || toCodes.isEmpty()) {
                problems.add(new FieldError(at, change.id() + " needs " + switch (change) {
                    case NEW -> "a 'to' and no 'from'";
                    case DROPPED -> "a 'from' and no 'to'";
                    default -> "both 'from' and 'to'";
                }));
                continue;
            }
            fromCodes.stream().filter(code -> !inFrom.apply(code)).forEach(code ->
                    problems.add(new FieldError(at + ".from", "'" + code + "' is not in the version mapped from")));
            toCodes.stream().filter(code -> !inTo.apply(code)).forEach(code ->
                    problems.add(new FieldError(at + ".to", "'" + code + "' is not in the version mapped to")));
            String basis = entry.path("basis").asText(null);
            if (fromCodes.isEmpty()) {
                toCodes.forEach(code -> entries.add(new FrameworkMapping.Entry(null, code, change, basis)));
            } else if (toCodes.isEmpty()) {
                fromCodes.forEach(code -> entries.add(new FrameworkMapping.Entry(code, null, change, basis)));
            } else {
                fromCodes.forEach(f -> toCodes.forEach(t -> entries.add(new FrameworkMapping.Entry(f, t, change, basis))));
            }
        }
        return entries;
    }

    private static List<FrameworkMapping.Entry> completed(List<FrameworkMapping.Entry> given, List<FrameworkMapping.Entry> byCode) {
        List<FrameworkMapping.Entry> all = new ArrayList<>(given);
        for (FrameworkMapping.Entry same : byCode) {
            if (same.change() != FrameworkMapping.Change.SAME) {
                continue;
            }
            boolean mentioned = given.stream().anyMatch(e -> same.from().equalsIgnoreCase(e.from() == null ? "" : e.from())
                    || same.to().equalsIgnoreCase(e.to() == null ? "" : e.to()));
            if (!mentioned) {
                all.add(new FrameworkMapping.Entry(same.from(), same.to(), FrameworkMapping.Change.SAME, "not in the mapping file: same code"));
            }
        }
        return all;
    }

    private static List<String> codes(JsonNode node) {
        List<String> codes = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> {
                if (!n.asText("").isBlank()) {
                    codes.add(n.asText().strip());
                }
            });
        } else if (node.isTextual() && !node.asText().isBlank()) {
            codes.add(node.asText().strip());
        }
        return codes;
    }
}
