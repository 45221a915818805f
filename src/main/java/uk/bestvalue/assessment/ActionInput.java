package uk.bestvalue.assessment;

import java.util.List;

/**
 * A follow-on action as entered: dates as YYYY-MM-DD, status as not_started, in_progress, done,
 * superseded or dropped. {@code version} is the version of the action an edit was made from; null
 * saves whatever is stored.
 */
public record ActionInput(String description, String owner, String dueDate, String status, String droppedReason,
                          String theme, List<String> criteria, Integer version) {

    public ActionInput(String description, String owner, String dueDate, String status, String droppedReason, String theme,
                       List<String> criteria) {
        this(description, owner, dueDate, status, droppedReason, theme, criteria, null);
    }
}
