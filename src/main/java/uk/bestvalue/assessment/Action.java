package uk.bestvalue.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * A follow-on action of an assessment. {@code carriedFromId} names last year's action it continues.
 * Whether it is overdue is worked out from the due date and never stored.
 */
public record Action(long id, long assessmentId, String description, String owner, LocalDate dueDate, ActionStatus status,
                     String droppedReason, String themeCode, List<String> criterionCodes, Long carriedFromId,
                     List<ActionUpdate> updates) {
    public Action {
        criterionCodes = List.copyOf(criterionCodes);
        updates = List.copyOf(updates);
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueDate != null && dueDate.isBefore(today);
    }

    public boolean isCarried() {
        return carriedFromId != null;
    }
}
