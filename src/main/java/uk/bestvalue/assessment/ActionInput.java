package uk.bestvalue.assessment;

import java.util.List;

/** A follow-on action as entered: dates as YYYY-MM-DD, status as not_started, in_progress, done, superseded or dropped. */
public record ActionInput(String description, String owner, String dueDate, String status, String droppedReason,
                          String theme, List<String> criteria) {
}
