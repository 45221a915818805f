package uk.bestvalue.assessment;

import java.time.LocalDate;

/** A dated progress note on an action. */
public record ActionUpdate(long id, LocalDate date, String note) {
}
