package uk.bestvalue.framework;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uk.bestvalue.FieldError;
import uk.bestvalue.framework.FrameworkDefinition.CriterionDefinition;
import uk.bestvalue.framework.FrameworkDefinition.ThemeDefinition;

/**
 * Reads a framework file (format {@code bestvalue-framework/1}, YAML or JSON; see docs/formats.md)
 * and checks all of it, reporting every problem with its location, e.g.
 * {@code themes[3].criteria[2].kind}.
 */
final class FrameworkFile {
    static final String FORMAT = "bestvalue-framework/1";
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,19}");

    private FrameworkFile() {
    }

    static FrameworkDefinition read(String source, InputStream in) {
        JsonNode root = YamlReader.tree(source, in);
        List<FieldError> problems = new ArrayList<>();
        YamlReader yaml = new YamlReader(problems);

        String format = yaml.required(root, "format", "(file)", 40);
        if (format != null && !FORMAT.equals(format)) {
            yaml.problem("format", "'" + format + "' is not a framework file; expected " + FORMAT);
        }
        JsonNode framework = section(root, "framework", yaml);
        JsonNode version = section(root, "version", yaml);
        String frameworkKey = key(yaml, framework, "framework");
        String versionKey = key(yaml, version, "version");
        String stageText = yaml.required(version, "stage", "version", 10);
        VersionStage stage = stageText == null ? null : VersionStage.fromId(stageText).orElse(null);
        if (stageText != null && stage == null) {
            yaml.problem("version.stage", "'" + stageText + "' is not a stage; use draft, final or local");
        }

        List<ThemeDefinition> themes = new ArrayList<>();
        List<CriterionDefinition> criteria = new ArrayList<>();
        JsonNode themeList = root.get("themes");
        if (themeList == null || !themeList.isArray() || themeList.isEmpty()) {
            yaml.problem("themes", "a framework version needs at least one theme, as a list");
        } else {
            readThemes(themeList, yaml, themes, criteria);
        }
        FrameworkDefinition definition = new FrameworkDefinition(
                frameworkKey, yaml.required(framework, "name", "framework", 200), yaml.optional(framework, "publisher", "framework", 300),
                yaml.optional(framework, "url", "framework", 500), yaml.optional(framework, "notice", "framework", 2000),
                versionKey, yaml.required(version, "name", "version", 200), stage, yaml.date(version, "published", "version"),
                yaml.optional(version, "url", "version", 500), yaml.optional(version, "note", "version", 2000),
                themes, criteria);
        if (!problems.isEmpty()) {
            throw new FrameworkRejected(source, problems);
        }
        return definition;
    }

    private static void readThemes(JsonNode themeList, YamlReader yaml, List<ThemeDefinition> themes, List<CriterionDefinition> criteria) {
        Set<String> themeCodes = new HashSet<>();
        Map<String, String> definedAt = new HashMap<>();
        List<String[]> references = new ArrayList<>();
        for (int t = 0; t < themeList.size(); t++) {
            JsonNode theme = themeList.get(t);
            String at = "themes[" + (t + 1) + "]";
            String code = code(yaml, theme, at);
            String name = yaml.required(theme, "name", at, 200);
            String label = name == null ? at : at + " (" + name + ")";
            if (code != null && !themeCodes.add(code.toUpperCase())) {
                yaml.problem(label + ".code", "theme code '" + code + "' is used twice");
            }
            List<String> codes = new ArrayList<>();
            JsonNode list = theme.get("criteria");
            if (list == null || !list.isArray() || list.isEmpty()) {
                yaml.problem(label + ".criteria", "the theme has no criteria; every theme needs at least one");
            } else {
                for (int c = 0; c < list.size(); c++) {
                    String cat = label + ".criteria[" + (c + 1) + "]";
                    JsonNode node = list.get(c);
                    String ref = yaml.optional(node, "ref", cat, 20);
                    if (ref != null) {
                        references.add(new String[] {ref.toUpperCase(), cat});
                        codes.add(ref.toUpperCase());
                        continue;
                    }
                    CriterionDefinition criterion = criterion(yaml, node, cat);
                    if (criterion == null) {
                        continue;
                    }
                    String earlier = definedAt.putIfAbsent(criterion.code().toUpperCase(), cat);
                    if (earlier != null) {
                        yaml.problem(cat + ".code", "criterion code '" + criterion.code() + "' is already defined at " + earlier
                                + "; to share a criterion between themes, write 'ref: " + criterion.code() + "'");
                        continue;
                    }
                    criteria.add(criterion);
                    codes.add(criterion.code().toUpperCase());
                }
            }
            themes.add(new ThemeDefinition(code, name, yaml.optional(theme, "description", label, 4000), codes));
        }
        for (String[] reference : references) {
            if (!definedAt.containsKey(reference[0])) {
                yaml.problem(reference[1] + ".ref", "'" + reference[0] + "' is not the code of a criterion defined in this file");
            }
        }
    }

    private static CriterionDefinition criterion(YamlReader yaml, JsonNode node, String at) {
        String code = code(yaml, node, at);
        String kindText = yaml.required(node, "kind", at, 20);
        CriterionKind kind = kindText == null ? null : CriterionKind.fromId(kindText).orElse(null);
        if (kindText != null && kind == null) {
            yaml.problem(at + ".kind", "'" + kindText + "' is not a kind of criterion; use characteristic or indicator");
        }
        String title = yaml.required(node, "title", at, 500);
        if (code == null || kind == null || title == null) {
            return null;
        }
        return new CriterionDefinition(code.toUpperCase(), kind, title, yaml.optional(node, "description", at, 4000),
                yaml.optional(node, "guidance", at, 500), yaml.optional(node, "basis", at, 20));
    }

    private static JsonNode section(JsonNode root, String name, YamlReader yaml) {
        JsonNode node = root.get(name);
        if (node == null || !node.isObject()) {
            yaml.problem(name, "the '" + name + "' section is missing");
            return null;
        }
        return node;
    }

    private static String key(YamlReader yaml, JsonNode node, String at) {
        String key = yaml.required(node, "key", at, 60);
        if (key != null && !KEY.matcher(key).matches()) {
            yaml.problem(at + ".key", "'" + key + "' must be lower-case letters, digits and hyphens, e.g. best-value-standards");
            return null;
        }
        return key;
    }

    private static String code(YamlReader yaml, JsonNode node, String at) {
        String code = yaml.required(node, "code", at, 20);
        if (code != null && !CODE.matcher(code).matches()) {
            yaml.problem(at + ".code", "'" + code + "' must be up to 20 letters, digits, dots, hyphens or underscores");
            return null;
        }
        return code;
    }
}
