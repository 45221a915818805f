package uk.bestvalue;

/** One bad input: the field (query parameter, form field, JSON property or file location) and what is wrong with it. */
public record FieldError(String field, String message) {
}
