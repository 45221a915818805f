package uk.bestvalue.web;

import java.time.LocalDate;
import java.util.List;
import uk.bestvalue.assessment.Action;
import uk.bestvalue.assessment.ActionUpdate;

/** An action with its derived overdue flag. */
record ActionJson(long id, String description, String owner, LocalDate dueDate, String status, boolean overdue, String droppedReason,
                  String theme, List<String> criteria, boolean carried, List<ActionUpdate> updates, int version) {

    static ActionJson of(Action a, LocalDate today) {
        return new ActionJson(a.id(), a.description(), a.owner(), a.dueDate(), a.status().id(), a.isOverdue(today), a.droppedReason(),
                a.themeCode(), a.criterionCodes(), a.isCarried(), a.updates(), a.version());
    }
}
