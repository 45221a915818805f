package uk.bestvalue;

import java.util.List;

/** Input that cannot be accepted; every bad field is named so that all can be fixed at once. Nothing was saved. */
public class Invalid extends RuntimeException {
    private final List<FieldError> errors;

    public Invalid(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.errors = List.copyOf(errors);
    }

    public Invalid(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
