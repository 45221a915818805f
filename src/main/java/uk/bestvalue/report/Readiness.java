package uk.bestvalue.report;

import java.util.ArrayList;
import java.util.List;
import uk.bestvalue.assessment.AssessmentView;
import uk.bestvalue.framework.Theme;

/**
 * Whether a report is ready to issue: every theme scored, every statutory officer's comment in,
 * contacts named, the meeting date set and the background papers listed. Until every check passes
 * the report is a draft, and every page of every format says so.
 */
public record Readiness(List<Check> checks) {
    public Readiness {
        checks = List.copyOf(checks);
    }

    /** One line of the checklist: what is checked, whether it is done, and what is missing if not. */
    public record Check(String name, boolean done, String detail) {
    }

    public boolean ready() {
        return checks.stream().allMatch(Check::done);
    }

    public List<Check> missing() {
        return checks.stream().filter(c -> !c.done()).toList();
    }

    static Readiness of(ReportDraft draft, AssessmentView view) {
        List<Check> checks = new ArrayList<>();
        List<String> unscored = view.version().themes().stream()
                .filter(t -> !view.themeComplete(t)).map(Theme::name).toList();
        int themes = view.version().themes().size();
        checks.add(new Check("Every theme scored", unscored.isEmpty(), unscored.isEmpty() ? "All " + themes + " themes are scored."
                : (themes - unscored.size()) + " of " + themes + " themes are scored; not yet: " + String.join(", ", unscored) + "."));
        List<String> awaited = draft.officerComments().stream()
                .filter(c -> c.comment() == null || c.comment().isBlank()).map(ReportDraft.OfficerComment::role).toList();
        boolean comments = !draft.officerComments().isEmpty() && awaited.isEmpty();
        checks.add(new Check("Statutory officers' comments", comments, comments ? "Every statutory officer has commented."
                : draft.officerComments().isEmpty() ? "No statutory officer is listed." : "Outstanding: " + String.join(", ", awaited)
                + ". Each officer records their comment on the assessment's sign-off page."));
        checks.add(new Check("Contacts", !draft.contacts().isEmpty(), draft.contacts().isEmpty()
                ? "Name at least one contact for the report." : draft.contacts().size() + (draft.contacts().size() == 1 ? " contact." : " contacts.")));
        boolean dated = draft.meetingDate() != null && !draft.meetingDate().isBlank();
        checks.add(new Check("Meeting date", dated, dated ? "The meeting date is set." : "Set the date of the meeting."));
        checks.add(new Check("Background papers", !draft.backgroundPapers().isEmpty(), draft.backgroundPapers().isEmpty()
                ? "List the background papers (for example, the last report on the subject)."
                : draft.backgroundPapers().size() + (draft.backgroundPapers().size() == 1 ? " paper listed." : " papers listed.")));
        return new Readiness(checks);
    }
}
