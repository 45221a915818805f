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

    static ReportDraft first(AssessmentView view, AuthoritySettings settings) {
        var a = view.assessment();
        String committee = settings.committees().isEmpty() ? "Full Council" : settings.committees().get(0);
        List<ReportDraft.OfficerComment> comments = List.of(
                new ReportDraft.OfficerComment("Head of Paid Service", "", null),
                new ReportDraft.OfficerComment("Chief Finance Officer", "", null),
                new ReportDraft.OfficerComment("Monitoring Officer", "", null));
        return new ReportDraft(committee, null, ReportDraft.FOR_INFORMATION, "Self-Assessment Against the Best Value Standards " + a.period(),
                a.owner(),
                "To provide " + committee + " with the results of the self-assessment against the Best Value Standards for " + a.period() + ".",
                DUTY + " This report provides a self-assessment, set out in Appendix 1, against the Best Value Standards.",
                "That the content of the report be noted.",
                settings.contacts(), List.of(), List.of(), ReportDraft.Implications.none(), comments, "Senior Leadership Team",
                List.of(), introduction(view), futureActivities(view));
    }

    private static String introduction(AssessmentView view) {
        StringBuilder text = new StringBuilder();
        text.append(DUTY).append("\n\n");
        text.append("Where, over a period of time, continuous improvement is not demonstrated, the Secretary of State has powers to "
                + "intervene to ensure compliance with the Best Value Duty.\n\n");
        text.append("This report provides a self-assessment against the ").append(view.version().frameworkName()).append(" (")
                .append(view.version().name()).append("), detailed at Appendix 1, with a table for each of its themes:\n");
        for (Theme theme : view.version().themes()) {
            text.append("- ").append(theme.name()).append('\n');
        }
        text.append('\n');
        text.append("Each theme has the descriptive text of the guidance, in summary, with the self-assessment score on the ")
                .append(view.scale().name()).append(" scale:\n");
        for (ScaleLevel level : view.scale().levels()) {
            text.append("- ").append(level.label()).append(" – ").append(level.definition()).append('\n');
        }
        text.append('\n');
        text.append("The guidance gives examples of characteristics of a well-functioning authority and of indicators of potential "
                + "failure. The evidence for each score either supports the characteristics or negates the indicators; evidence "
                + "that shows an indicator is recorded as a concern.\n\n");
        text.append("Follow-on actions are then identified, each with an owner and a target date.");
        return text.toString();
    }

    private static String futureActivities(AssessmentView view) {
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
        lines.add("");
        lines.add("The council will continue to monitor its performance against the characteristics of a well-functioning authority "
                + "and the indicators of potential failure. The self-assessment will be carried out again at the end of "
                + view.assessment().period().next() + " and reported back with updates.");
        return String.join("\n", lines);
    }
}
