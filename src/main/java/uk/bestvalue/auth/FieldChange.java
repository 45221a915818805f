package uk.bestvalue.auth;

/** One field of a recorded thing as it was before a change and after it, as text; null where it had no value. */
public record FieldChange(String field, String before, String after) {
}
