package uk.bestvalue.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * A follow-on action of an assessment. {@code carriedFromId} names last year's action it continues.
 * Whether it is overdue is worked out from the due date and never stored. {@code version} is the
 * stored row's, which an edit is made from.
 */
public record Action(long id, long assessmentId, String description, String owner, LocalDate dueDate, ActionStatus status,
                     String droppedReason, String themeCode, List<String> criterionCodes, Long carriedFromId,
                     List<ActionUpdate> updates, int version) {
    public Action {
        criterionCodes = List.copyOf(criterionCodes);
        updates = List.copyOf(updates);
    }

    public Action(long id, long assessmentId, String description, String owner, LocalDate dueDate, ActionStatus status,
                  String droppedReason, String themeCode, List<String> criterionCodes, Long carriedFromId, List<ActionUpdate> updates) {
        this(id, assessmentId, description, owner, dueDate, status, droppedReason, themeCode, criterionCodes, carriedFromId, updates, 1);
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueDate != null && dueDate.isBefore(today);
    }

    public boolean isCarried() {
        return carriedFromId != null;
    }
}
