package uk.bestvalue.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** The report as one self-contained XHTML page with print CSS; the PDF is drawn from the same page. */
final class ReportHtml {
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private ReportHtml() {
    }

    static String render(CommitteeReport report) {
        StringOutput out = new StringOutput();
        TEMPLATES.render("report/committee.jte", report, out);
        return ReportText.clean(out.toString());
    }
}
