package uk.bestvalue.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import uk.bestvalue.FieldError;
import uk.bestvalue.assessment.ActionStatus;

/** The action plan's filters from the query string: owner, status and overdue (yes/no). */
public record ActionFilter(String owner, ActionStatus status, Boolean overdue, String statusText, String overdueText,
                           List<FieldError> errors) {

    static ActionFilter from(Context ctx) {
        List<FieldError> errors = new ArrayList<>();
        String owner = blankToNull(ctx.queryParam("owner"));
        String statusText = blankToNull(ctx.queryParam("status"));
        ActionStatus status = statusText == null ? null : ActionStatus.fromId(statusText).orElse(null);
        if (statusText != null && status == null) {
            errors.add(new FieldError("status", "Status '" + statusText + "' is not known; use not_started, in_progress, done, superseded or dropped"));
        }
        String overdueText = blankToNull(ctx.queryParam("overdue"));
        Boolean overdue = null;
        if (overdueText != null) {
            switch (overdueText.toLowerCase()) {
                case "yes", "true" -> overdue = Boolean.TRUE;
                case "no", "false" -> overdue = Boolean.FALSE;
                default -> errors.add(new FieldError("overdue", "Overdue must be yes or no"));
            }
        }
        return new ActionFilter(owner, status, overdue, statusText, overdueText, List.copyOf(errors));
    }

    public boolean isStatus(ActionStatus candidate) {
        return status == candidate;
    }

    public boolean isFiltered() {
        return owner != null || status != null || overdue != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
