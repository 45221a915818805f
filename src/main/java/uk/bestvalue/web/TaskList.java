package uk.bestvalue.web;

import java.time.LocalDate;
import java.util.List;
import uk.bestvalue.assessment.AssessmentView;
import uk.bestvalue.assessment.EvidenceUse;
import uk.bestvalue.framework.Criterion;
import uk.bestvalue.framework.Theme;

/**
 * What is left to do in an assessment, as the GOV.UK task list pattern shows it: each theme with
 * its status, what it lacks, a summary line and the one next step.
 */
public record TaskList(List<ThemeTask> themes, long criteriaWithoutEvidence, long evidenceToRefresh, long overdueActions, String nextStep,
                       String nextHref) {

    public enum Status {
        NOT_STARTED("Not started", "govuk-tag--blue"),
        IN_PROGRESS("In progress", "govuk-tag--light-blue"),
        SCORED("Scored", ""),
        REVIEWED("Reviewed", "govuk-tag--green");

        private final String label;
        private final String tagClass;

        Status(String label, String tagClass) {
            this.label = label;
            this.tagClass = tagClass;
        }

        public String label() {
            return label;
        }

        public String tagClass() {
            return tagClass;
        }
    }

    public record ThemeTask(Theme theme, Status status, int withoutEvidence, long toRefresh, long overdue) {
        /** The hint under the theme's name: what it still lacks, or null when nothing. */
        public String lacking() {
            StringBuilder text = new StringBuilder();
            if (withoutEvidence > 0) {
                text.append(withoutEvidence).append(withoutEvidence == 1 ? " criterion" : " criteria").append(" without evidence");
            }
            if (toRefresh > 0) {
                text.append(text.isEmpty() ? "" : ", ").append(toRefresh).append(" evidence ").append(toRefresh == 1 ? "item" : "items")
                        .append(" to refresh");
            }
            if (overdue > 0) {
                text.append(text.isEmpty() ? "" : ", ").append(overdue).append(overdue == 1 ? " overdue action" : " overdue actions");
            }
            return text.isEmpty() ? null : text.toString();
        }
    }

    public TaskList {
        themes = List.copyOf(themes);
    }

    public long scored() {
        return themes.stream().filter(t -> t.status() == Status.SCORED || t.status() == Status.REVIEWED).count();
    }

    public long reviewed() {
        return themes.stream().filter(t -> t.status() == Status.REVIEWED).count();
    }

    /** For example "4 of 7 themes scored" or "7 of 7 themes scored, 2 reviewed". */
    public String summary() {
        return scored() + " of " + themes.size() + " themes scored" + (reviewed() > 0 ? ", " + reviewed() + " reviewed" : "");
    }

    static TaskList of(AssessmentView view, LocalDate today) {
        long id = view.assessment().id();
        List<ThemeTask> tasks = view.version().themes().stream().map(theme -> task(view, theme, today)).toList();
        long withoutEvidence = view.coverage().stream().mapToLong(c -> c.withoutEvidence().size()).sum();
        long toRefresh = view.evidence().stream().filter(EvidenceUse::toRefresh).count();
        long overdue = view.overdue(today);
        ThemeTask first = tasks.stream().filter(t -> t.status() != Status.SCORED && t.status() != Status.REVIEWED).findFirst().orElse(null);
        String next;
        String href;
        if (first != null) {
            next = (first.status() == Status.NOT_STARTED ? "Start " : "Finish ") + first.theme().name();
            href = "/assessments/" + id + "/themes/" + first.theme().code();
        } else if (toRefresh > 0) {
            ThemeTask refresh = tasks.stream().filter(t -> t.toRefresh() > 0).findFirst().orElse(tasks.get(0));
            next = "Refresh the evidence carried from last year in " + refresh.theme().name();
            href = "/assessments/" + id + "/themes/" + refresh.theme().code() + "#evidence";
        } else if (overdue > 0) {
            next = "Re-date or close the overdue actions";
            href = "/assessments/" + id + "/due-dates";
        } else {
            next = "Prepare the committee report";
            href = "/assessments/" + id + "/report";
        }
        return new TaskList(tasks, withoutEvidence, toRefresh, overdue, next, href);
    }

    private static ThemeTask task(AssessmentView view, Theme theme, LocalDate today) {
        var score = view.themeScore(theme.code());
        List<Criterion> criteria = theme.criteria();
        long criteriaScored = criteria.stream().filter(c -> view.criterionScore(c.code()).map(s -> s.levelCode() != null).orElse(false)).count();
        boolean scored = view.themeComplete(theme);
        List<EvidenceUse> evidence = view.evidenceFor(theme);
        boolean started = score.isScored() || score.narrative() != null || criteriaScored > 0 || !evidence.isEmpty()
                || !view.actionsFor(theme).isEmpty();
        Status status = scored ? (view.reviewOf(theme.code()).filter(r -> r.agreed()).isPresent() ? Status.REVIEWED : Status.SCORED)
                : started ? Status.IN_PROGRESS : Status.NOT_STARTED;
        long overdue = view.actionsFor(theme).stream().filter(a -> a.isOverdue(today)).count();
        return new ThemeTask(theme, status, view.coverageOf(theme).withoutEvidence().size(),
                evidence.stream().filter(EvidenceUse::toRefresh).count(), overdue);
    }
}
