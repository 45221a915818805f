package uk.bestvalue.web;

import java.util.List;
import uk.bestvalue.FieldError;

/** An RFC 9457 problem details body, as the API answers every error. */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static final String MEDIA_TYPE = "application/problem+json";
}
