package uk.bestvalue.framework;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import uk.bestvalue.FieldError;

/** Reads a scales file (format {@code bestvalue-scales/1}): each scale's levels, best first. */
final class ScaleFile {
    static final String FORMAT = "bestvalue-scales/1";
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern LEVEL_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,19}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private ScaleFile() {
    }

    static List<Scale> read(String source, InputStream in) {
        JsonNode root = YamlReader.tree(source, in);
        List<FieldError> problems = new ArrayList<>();
        YamlReader yaml = new YamlReader(problems);
        String format = yaml.required(root, "format", "(file)", 40);
        if (format != null && !FORMAT.equals(format)) {
            yaml.problem("format", "'" + format + "' is not a scales file; expected " + FORMAT);
        }
        List<Scale> scales = new ArrayList<>();
        JsonNode list = root.get("scales");
        if (list == null || !list.isArray() || list.isEmpty()) {
            yaml.problem("scales", "expected a list of scales");
        } else {
            Set<String> keys = new HashSet<>();
            for (int s = 0; s < list.size(); s++) {
                Scale scale = scale(yaml, list.get(s), "scales[" + (s + 1) + "]");
                if (scale != null && !keys.add(scale.key())) {
                    yaml.problem("scales[" + (s + 1) + "].key", "scale '" + scale.key() + "' is defined twice");
                }
                scales.add(scale);
            }
        }
        if (!problems.isEmpty()) {
            throw new FrameworkRejected(source, problems);
        }
        return scales;
    }

    private static Scale scale(YamlReader yaml, JsonNode node, String at) {
        String key = yaml.required(node, "key", at, 40);
        if (key != null && !KEY.matcher(key).matches()) {
            yaml.problem(at + ".key", "'" + key + "' must be lower-case letters, digits and hyphens");
        }
        String name = yaml.required(node, "name", at, 200);
        List<ScaleLevel> levels = new ArrayList<>();
        JsonNode list = node.get("levels");
        if (list == null || !list.isArray() || list.size() < 2) {
            yaml.problem(at + ".levels", "a scale needs at least two levels, as a list, best first");
            return null;
        }
        Set<String> codes = new HashSet<>();
        for (int l = 0; l < list.size(); l++) {
            JsonNode level = list.get(l);
            String lat = at + ".levels[" + (l + 1) + "]";
            String code = yaml.required(level, "code", lat, 20);
            if (code != null && !LEVEL_CODE.matcher(code).matches()) {
                yaml.problem(lat + ".code", "'" + code + "' must be lower-case letters, digits and hyphens");
            } else if (code != null && !codes.add(code)) {
                yaml.problem(lat + ".code", "level '" + code + "' is used twice in this scale");
            }
            String colour = yaml.required(level, "colour", lat, 7);
            if (colour != null && !COLOUR.matcher(colour).matches()) {
                yaml.problem(lat + ".colour", "'" + colour + "' is not a colour like #00703c");
            }
            JsonNode ranked = level.get("ranked");
            if (ranked != null && !ranked.isBoolean()) {
                yaml.problem(lat + ".ranked", "must be true or false");
            }
            String label = yaml.required(level, "label", lat, 100);
            String definition = yaml.required(level, "definition", lat, 1000);
            if (code != null && colour != null && label != null && definition != null) {
                levels.add(new ScaleLevel(code, label, definition, colour.toLowerCase(), ranked == null || ranked.asBoolean(), l));
            }
        }
        if (key == null || name == null) {
            return null;
        }
        return new Scale(key, name, yaml.optional(node, "description", at, 2000), levels);
    }
}
