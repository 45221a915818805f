package uk.bestvalue.web;

import java.util.List;

/** The request had bad input; every bad field is named so that the user can fix them all at once. */
final class BadRequest extends RuntimeException {
    private final List<FieldError> errors;

    BadRequest(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("bad request"));
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
