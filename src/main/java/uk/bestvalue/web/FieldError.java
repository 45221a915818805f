package uk.bestvalue.web;

/** One bad input: the field (query parameter, form field or JSON property) and what is wrong with it. */
public record FieldError(String field, String message) {
}
