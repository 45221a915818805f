package uk.bestvalue.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;

/**
 * The one boundary where text enters the product, from query strings, forms, JSON bodies and JSON
 * files. Every text value is checked here once, whatever feature receives it: its length, that it
 * holds no control characters (tab and line breaks only in fields written over several lines) and
 * no broken Unicode, and it is brought to Unicode normal form C so that equal-looking text is equal.
 * The features then check what their fields mean; they never see a NUL or a lone surrogate.
 */
public final class Input {
    /** The longest one-line value (a title, a name, a code, a search). */
    static final int LINE = 2_000;
    /** The longest value of a field written over several lines (a narrative, a report section). */
    static final int MULTI_LINE = 100_000;
    /** An image carried inline as a data: address (an authority's logo, at most 500 KB before encoding). */
    static final int DATA_URI = 1_000_000;

    /** Fields written over several lines, in forms and JSON alike; every other field is one line. */
    private static final Set<String> MULTI_LINE_FIELDS = Set.of(
            "description", "narrative", "note", "droppedReason", "vision", "members", "mapping",
            "purpose", "summary", "recommendations", "introduction", "futureActivities", "consultees",
            "legal", "financial", "equalities", "equalityAssessment", "humanRights", "healthAndSafety", "riskNote",
            "comment", "contacts", "objectives", "values", "risks", "committees", "backgroundPapers");
    private static final Set<String> DATA_URI_FIELDS = Set.of("logoDataUri");

    private static final ObjectMapper STRICT = strict();

    /** Unknown fields, missing primitives and trailing text are errors; so is a number where true or false belongs (1 is not true), or where text belongs. */
    private static ObjectMapper strict() {
        ObjectMapper mapper = Json.mapper().copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.coercionConfigFor(com.fasterxml.jackson.databind.type.LogicalType.Boolean)
                .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer, com.fasterxml.jackson.databind.cfg.CoercionAction.Fail);
        // Nor is a number or true/false text: {"title": 123} is a client's mistake to name, not "123" to store.
        mapper.coercionConfigFor(com.fasterxml.jackson.databind.type.LogicalType.Textual)
                .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer, com.fasterxml.jackson.databind.cfg.CoercionAction.Fail)
                .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Float, com.fasterxml.jackson.databind.cfg.CoercionAction.Fail)
                .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Boolean, com.fasterxml.jackson.databind.cfg.CoercionAction.Fail);
        return mapper;
    }

    private Input() {
    }

    /**
     * Checks every query parameter and form field of a request; answers 400 naming each bad field.
     * Uploaded files are not text and are left to the feature that reads them.
     */
    static void checkRequest(Context ctx) {
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> param : ctx.queryParamMap().entrySet()) {
            checkAll(param.getKey(), param.getValue(), false, errors);
        }
        if (hasForm(ctx)) {
            for (Map.Entry<String, List<String>> field : formFields(ctx).entrySet()) {
                checkAll(field.getKey(), field.getValue(), true, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
    }

    /** The form's fields; a multipart body the server cannot take apart (a NUL in a part's header, a header line too long) is a 400. */
    private static Map<String, List<String>> formFields(Context ctx) {
        try {
            return ctx.formParamMap();
        } catch (IllegalStateException e) {
            if (TooLarge.causedBy(e)) {
                throw new TooLarge();
            }
            throw new Invalid("body", "is not a form that can be read: a part of it is malformed");
        }
    }

    private static boolean hasForm(Context ctx) {
        String type = ctx.contentType();
        if (type == null) {
            return false;
        }
        String lower = type.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("application/x-www-form-urlencoded") || lower.startsWith("multipart/form-data");
    }

    private static void checkAll(String name, List<String> values, boolean form, List<FieldError> errors) {
        String field = shortened(name, 100);
        text("field name", name, false, 200, errors);
        for (String value : values) {
            text(field, value, form && multiLine(name), form ? limit(name) : LINE, errors);
        }
    }

    /**
     * Reads a JSON document into the given type through the boundary: a missing or {@code null}
     * body, a {@code null} inside a list and every bad text are refused with the field named, and
     * no message names a Java type.
     */
    public static <T> T json(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new Invalid("body", "the request needs a JSON body");
        }
        JsonNode tree;
        try {
            tree = STRICT.readTree(body);
        } catch (IOException e) {
            throw new Invalid("body", "is not valid JSON" + where(e) + ": " + shortened(parseReason(e), 200));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new Invalid("body", "must be a JSON object, not null");
        }
        if (!tree.isObject()) {
            throw new Invalid("body", "must be a JSON object");
        }
        List<FieldError> errors = new ArrayList<>();
        walk(tree, "", "", errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        try {
            return STRICT.treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            throw new Invalid(path(e).isEmpty() ? "body" : path(e), "is not a field this request takes; it takes "
                    + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof Invalid invalid) {
                throw invalid;
            }
            throw new Invalid(path(e).isEmpty() ? "body" : path(e), "could not be read: " + shortened(firstLine(
                    e.getCause() == null || e.getCause().getMessage() == null ? "it is incomplete" : e.getCause().getMessage()), 200));
        } catch (MismatchedInputException e) {
            throw new Invalid(path(e).isEmpty() ? "body" : path(e), "must be " + expected(e.getTargetType()));
        } catch (JsonMappingException e) {
            throw new Invalid(path(e).isEmpty() ? "body" : path(e), "could not be read");
        } catch (IOException e) {
            throw new Invalid("body", "could not be read");
        }
    }

    /** Walks the tree, normalising text in place and collecting what is wrong with each value. */
    private static void walk(JsonNode node, String path, String name, List<FieldError> errors) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            fields.forEachRemaining(entries::add);
            for (Map.Entry<String, JsonNode> entry : entries) {
                String key = entry.getKey();
                String child = path.isEmpty() ? key : path + "." + key;
                text("field name", key, false, 200, errors);
                JsonNode value = entry.getValue();
                if (value.isTextual()) {
                    String text = text(shortened(child, 200), value.textValue(), multiLine(key), limit(key), errors);
                    if (text != null) {
                        object.set(key, TextNode.valueOf(text));
                    }
                } else {
                    walk(value, child, key, errors);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String child = path + "[" + (i + 1) + "]";
                JsonNode value = array.get(i);
                if (value.isNull()) {
                    errors.add(new FieldError(shortened(child, 200), "must not be null; leave the item out instead"));
                } else if (value.isTextual()) {
                    String text = text(shortened(child, 200), value.textValue(), multiLine(name), limit(name), errors);
                    if (text != null) {
                        array.set(i, TextNode.valueOf(text));
                    }
                } else {
                    walk(value, child, name, errors);
                }
            }
        }
    }

    /**
     * Checks one text value and returns it in normal form C, or adds a problem naming the field and
     * returns {@code null}. Tab and line breaks are allowed only when the field is multi-line.
     */
    static String text(String field, String value, boolean multiLine, int max, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        if (value.length() > max) {
            errors.add(new FieldError(field, "must be " + String.format("%,d", max) + " characters or fewer, got "
                    + String.format("%,d", value.length())));
            return null;
        }
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                if (!multiLine) {
                    errors.add(new FieldError(field, "must be one line, without tabs or line breaks"));
                    return null;
                }
            } else if (Character.getType(c) == Character.CONTROL) {
                errors.add(new FieldError(field, String.format("contains a control character (U+%04X) at position %d; remove it",
                        c, value.codePointCount(0, i) + 1)));
                return null;
            } else if (Character.getType(c) == Character.SURROGATE || c == 0xFFFE || c == 0xFFFF) {
                errors.add(new FieldError(field, "contains a character that is not valid Unicode at position "
                        + (value.codePointCount(0, i) + 1)));
                return null;
            }
            i += Character.charCount(c);
        }
        return Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    private static boolean multiLine(String name) {
        return MULTI_LINE_FIELDS.contains(baseName(name));
    }

    private static int limit(String name) {
        String base = baseName(name);
        return DATA_URI_FIELDS.contains(base) ? DATA_URI : MULTI_LINE_FIELDS.contains(base) ? MULTI_LINE : LINE;
    }

    /** The field's own name: "comment2" and "officerComments[1].comment" are both "comment". */
    private static String baseName(String name) {
        String base = name;
        int dot = base.lastIndexOf('.');
        if (dot >= 0) {
            base = base.substring(dot + 1);
        }
        int bracket = base.indexOf('[');
        if (bracket >= 0) {
            base = base.substring(0, bracket);
        }
        int end = base.length();
        while (end > 0 && Character.isDigit(base.charAt(end - 1))) {
            end--;
        }
        return base.substring(0, end);
    }

    /** What a JSON value of this type looks like, in words rather than Java type names. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another kind";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "text";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class || type == short.class
                || type == Short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class || type == BigDecimal.class
                || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        if (type.isEnum()) {
            return "one of the values the field takes";
        }
        return "an object";
    }

    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append("[").append(ref.getIndex() + 1).append("]");
            }
        }
        return shortened(path.toString(), 200);
    }

    /** At most {@code max} characters of what was sent, so that no answer echoes a large input back. */
    static String shortened(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = max;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "… (" + String.format("%,d", text.length() - cut) + " more characters)";
    }

    /** The parser's reason in plain words: its advice on enabling parser features and its type names are left out. */
    private static String parseReason(IOException e) {
        String reason = firstLine(originalMessage(e));
        for (String tail : List.of(": enable", "; enable", " (for ", " at [Source")) {
            int cut = reason.indexOf(tail);
            if (cut >= 0) {
                reason = reason.substring(0, cut);
            }
        }
        return reason.replace('`', '\'').replaceAll("\\b(java|com\\.fasterxml)\\.[\\w.$]+", "a value");
    }

    private static String where(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null && j.getLocation().getLineNr() > 0) {
            return " at line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr();
        }
        return "";
    }

    private static String originalMessage(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getOriginalMessage() != null) {
            return j.getOriginalMessage();
        }
        return e.getMessage() == null ? "" : e.getMessage();
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
