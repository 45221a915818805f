package uk.bestvalue.assessment;

import java.time.LocalDate;
import uk.bestvalue.auth.Role;

/** A statutory officer's comment on the assessment, as they recorded it, and the date they gave it. */
public record StatutoryComment(Role role, String officer, String comment, LocalDate commentedOn) {
}
