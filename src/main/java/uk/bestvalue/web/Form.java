package uk.bestvalue.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.bestvalue.FieldError;

/**
 * A submitted form being shown again: what the user typed and what was wrong with it. Field ids in
 * the page are the form's name, a dash and the field (e.g. {@code evidence-title}), so the GOV.UK
 * error summary can link to each one.
 */
public record Form(String name, Map<String, List<String>> values, List<FieldError> errors) {
    public Form {
        values = Map.copyOf(values);
        errors = List.copyOf(errors);
    }

    public static Form empty(String name) {
        return new Form(name, Map.of(), List.of());
    }

    static Form submitted(String name, Context ctx, List<FieldError> errors) {
        return new Form(name, ctx.formParamMap(), errors);
    }

    /**
     * A form whose save was refused because someone else saved the same thing after it was loaded:
     * the user's input is kept, the message says who changed it, and the form now carries the
     * version stored, so saving again deliberately replaces it.
     */
    static Form edited(String name, Context ctx, uk.bestvalue.EditedMeanwhile e) {
        Map<String, List<String>> values = new java.util.HashMap<>(ctx.formParamMap());
        values.put(VERSION, List.of(String.valueOf(e.currentVersion())));
        return new Form(name, values, List.of(new FieldError(VERSION, e.getMessage())));
    }

    /** The hidden field every edit form carries: the version of the thing it was loaded from. */
    public static final String VERSION = "version";

    /** The version a form was loaded from, or null when it carries none (it then saves whatever is stored). */
    static Integer version(Context ctx) {
        String value = ctx.formParam(VERSION);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new uk.bestvalue.Invalid(List.of(new FieldError(VERSION, "The page was not loaded properly; open it again and redo your changes")));
        }
    }

    /** The version to put in the hidden field: what the user's form carried when shown again, else the stored one. */
    public String versionOr(int stored) {
        String carried = hasErrors() ? value(VERSION) : null;
        return carried != null ? carried : String.valueOf(stored);
    }

    public String value(String field) {
        List<String> all = values.get(field);
        return all == null || all.isEmpty() ? null : all.get(0);
    }

    public String value(String field, String fallback) {
        String value = value(field);
        return value == null ? fallback : value;
    }

    public boolean has(String field, String value) {
        List<String> all = values.get(field);
        return all != null && all.contains(value);
    }

    public Optional<String> error(String field) {
        return errors.stream().filter(e -> e.field().equals(field) || e.field().startsWith(field + "[") || e.field().startsWith(field + "."))
                .map(FieldError::message).findFirst();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The id of the element to link to from the error summary: the field's base name without list positions. */
    public String anchor(FieldError error) {
        String field = error.field();
        int cut = field.indexOf('[');
        int dot = field.indexOf('.');
        int end = cut < 0 ? dot : dot < 0 ? cut : Math.min(cut, dot);
        return name + "-" + (end < 0 ? field : field.substring(0, end));
    }

    /** The ids a field's {@code aria-describedby} names: its hint (if it has one) and its error (if it has one); null for none. */
    public String describedBy(String field, boolean hasHint) {
        String ids = ((hasHint ? id(field) + "-hint " : "") + (error(field).isPresent() ? id(field) + "-error" : "")).strip();
        return ids.isEmpty() ? null : ids;
    }

    /** The error class for a field's control, e.g. {@code govuk-input--error}, or nothing. */
    public String errorClass(String field, String control) {
        return error(field).isPresent() ? "govuk-" + control + "--error" : "";
    }

    public String id(String field) {
        return name + "-" + field;
    }
}
