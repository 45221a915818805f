package uk.bestvalue.report;

import java.util.ArrayList;
import java.util.List;
import uk.bestvalue.assessment.Action;
import uk.bestvalue.assessment.AssessmentView;
import uk.bestvalue.framework.ScaleLevel;
import uk.bestvalue.framework.Theme;

/** Writes the first draft of a report from the assessment and the authority's settings; the officer edits it from there. */
final class DraftWriter {
    static final String DUTY = "The Best Value Duty is the statutory requirement on local authorities and other public bodies to "
            + "\"make arrangements to secure continuous improvement in the way in which its functions are exercised, having regard "
            + "to a combination of economy, efficiency and effectiveness\" (Local Government Act 1999, section 3).";

    private DraftWriter() {
    }

    /** How the committee report names each statutory officer. */
    static String officer(uk.bestvalue.auth.Role role) {
        return switch (role) {
            case HEAD_OF_PAID_SERVICE -> "Head of Paid Service";
            case CHIEF_FINANCE_OFFICER -> "Chief Finance Officer";
            case MONITORING_OFFICER -> "Monitoring Officer";
            default -> throw new IllegalArgumentException(role + " is not a statutory officer");
        };
    }

    static ReportDraft first(AssessmentView view, AuthoritySettings settings) {
        var a = view.assessment();
        String committee = settings.committees().isEmpty() ? "Full Council" : settings.committees().get(0);
        List<ReportDraft.OfficerComment> comments = List.of(
                new ReportDraft.OfficerComment("Head of Paid Service", "", null),
                new ReportDraft.OfficerComment("Chief Finance Officer", "", null),
                new ReportDraft.OfficerComment("Monitoring Officer", "", null));
        List<ReportDraft.Generated> generated = generated(view);
        return new ReportDraft(committee, null, ReportDraft.FOR_INFORMATION, "Self-Assessment Against the Best Value Standards " + a.period(),
                a.owner(),
                "To provide " + committee + " with the results of the self-assessment against the Best Value Standards for " + a.period() + ".",
                DUTY + " This report provides a self-assessment, set out in Appendix 1, against the Best Value Standards.",
                "That the content of the report be noted.",
                settings.contacts(), List.of(), List.of(), ReportDraft.Implications.none(), comments, "Senior Leadership Team",
                List.of(), introduction(generated), futureActivities(generated), generated);
    }

    /** What labels each generated paragraph in the editor. */
    static String label(String key) {
        return switch (key) {
            case THEMES -> "Introduction: the framework and its themes";
            case SCALE -> "Introduction: the scoring scale";
            case ACTIONS -> "Future activities: the follow-on actions";
            case NEXT -> "Future activities: the next self-assessment";
            default -> key;
        };
    }

    static final String THEMES = "themes";
    static final String SCALE = "scale";
    static final String ACTIONS = "actions";
    static final String NEXT = "next";

    /** The paragraphs of the body that say what the assessment says, written from it as it is now. */
    static List<ReportDraft.Generated> generated(AssessmentView view) {
        StringBuilder themes = new StringBuilder();
        themes.append("This report provides a self-assessment against the ").append(view.version().frameworkName()).append(" (")
                .append(view.version().name()).append("), detailed at Appendix 1, with a table for each of its themes:");
        for (Theme theme : view.version().themes()) {
            themes.append("\n- ").append(theme.name());
        }
        StringBuilder scale = new StringBuilder();
        scale.append("Each theme has the descriptive text of the guidance, in summary, with the self-assessment score on the ")
                .append(view.scale().name()).append(" scale:");
        for (ScaleLevel level : view.scale().levels()) {
            scale.append("\n- ").append(level.label()).append(" – ").append(level.definition());
        }
        List<String> lines = new ArrayList<>();
        List<Action> open = view.openActions();
        if (open.isEmpty()) {
            lines.add("There are no open follow-on actions from this self-assessment.");
        } else {
            lines.add("The self-assessment identified " + open.size() + " follow-on " + (open.size() == 1 ? "action" : "actions")
                    + ", set out with their owners and dates in Appendix 1:");
            for (Action action : open) {
                lines.add("- " + action.description() + " (" + action.owner() + ")");
            }
        }
        String next = "The council will continue to monitor its performance against the characteristics of a well-functioning authority "
                + "and the indicators of potential failure. The self-assessment will be carried out again at the end of "
                + view.assessment().period().next() + " and reported back with updates.";
        return List.of(new ReportDraft.Generated(THEMES, ReportDraft.Generated.INTRODUCTION, themes.toString()),
                new ReportDraft.Generated(SCALE, ReportDraft.Generated.INTRODUCTION, scale.toString()),
                new ReportDraft.Generated(ACTIONS, ReportDraft.Generated.FUTURE, String.join("\n", lines)),
                new ReportDraft.Generated(NEXT, ReportDraft.Generated.FUTURE, next));
    }

    private static String text(List<ReportDraft.Generated> generated, String key) {
        return generated.stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow().text();
    }

    private static String introduction(List<ReportDraft.Generated> generated) {
        return String.join("\n\n", DUTY,
                "Where, over a period of time, continuous improvement is not demonstrated, the Secretary of State has powers to "
                        + "intervene to ensure compliance with the Best Value Duty.",
                text(generated, THEMES),
                text(generated, SCALE),
                "The guidance gives examples of characteristics of a well-functioning authority and of indicators of potential "
                        + "failure. The evidence for each score either supports the characteristics or negates the indicators; evidence "
                        + "that shows an indicator is recorded as a concern.",
                "Follow-on actions are then identified, each with an owner and a target date.");
    }

    private static String futureActivities(List<ReportDraft.Generated> generated) {
        return text(generated, ACTIONS) + "\n\n" + text(generated, NEXT);
    }
}
