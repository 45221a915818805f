package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;
import uk.bestvalue.assessment.AssessmentView;
import uk.bestvalue.assessment.Assessments;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.report.AuthoritySettings;
import uk.bestvalue.report.Coded;
import uk.bestvalue.report.Contact;
import uk.bestvalue.report.ReportDraft;
import uk.bestvalue.report.Reports;

/** The report editor (fill in the template, preview, download) and each authority's report settings. */
final class ReportPages {
    private static final String[] OFFICERS = {"Head of Paid Service", "Chief Finance Officer", "Monitoring Officer"};

    private final Reports reports;
    private final Assessments assessments;
    private final AuthorityRegister authorities;

    private uk.bestvalue.warning.SuggestedEvidence suggestions;

    /** Adds the early-warning consistency check to the readiness checklist. */
    ReportPages withConsistencyCheck(uk.bestvalue.warning.SuggestedEvidence suggestions) {
        this.suggestions = suggestions;
        return this;
    }

    ReportPages(Reports reports, Assessments assessments, AuthorityRegister authorities) {
        this.reports = reports;
        this.assessments = assessments;
        this.authorities = authorities;
    }

    void routes(Javalin app) {
        app.get("/assessments/{id}/report", ctx -> editor(ctx, reports.draft(id(ctx)), Form.empty("report"), HttpStatus.OK), Access.READ);
        app.post("/assessments/{id}/report", this::save, Access.EDIT);
        app.get("/assessments/{id}/themes/{theme}/figures", ctx -> figuresPage(ctx, Form.empty("figures"), HttpStatus.OK), Access.READ);
        app.post("/assessments/{id}/themes/{theme}/figures", ctx -> {
            long id = id(ctx);
            String theme = theme(ctx).code();
            try {
                reports.addFigure(Actors.of(ctx), id, evidenceId(ctx.formParam("evidence")), ctx.formParam("metric"), ctx.formParam("group"));
                ctx.redirect("/assessments/" + id + "/themes/" + theme + "/figures?added=yes", HttpStatus.SEE_OTHER);
            } catch (Invalid e) {
                figuresPage(ctx, Form.submitted("figures", ctx, e.errors()), HttpStatus.BAD_REQUEST);
            }
        }, Access.EDIT);
        app.post("/assessments/{id}/themes/{theme}/figures/{figure}/remove", ctx -> {
            long id = id(ctx);
            reports.removeFigure(Actors.of(ctx), id, Bodies.id(ctx, "figure", "Figure"));
            ctx.redirect("/assessments/" + id + "/themes/" + theme(ctx).code() + "/figures", HttpStatus.SEE_OTHER);
        }, Access.EDIT);
        app.post("/assessments/{id}/report/regenerate", ctx -> {
            long id = id(ctx);
            reports.regenerate(Actors.of(ctx), id, ctx.formParam("key") == null ? "" : ctx.formParam("key"));
            ctx.redirect("/assessments/" + id + "/report?regenerated=yes#stale", HttpStatus.SEE_OTHER);
        }, Access.EDIT);
        app.get("/authorities/{code}/settings", ctx -> settingsPage(ctx, reports.settings(authority(ctx).code()), Form.empty("settings"),
                HttpStatus.OK), Access.READ);
        app.post("/authorities/{code}/settings", this::saveSettings, Access.ADMIN);
    }

    private void editor(Context ctx, ReportDraft draft, Form form, HttpStatus status) {
        AssessmentView view = assessments.view(id(ctx));
        ctx.status(status);
        Map<String, Object> model = new java.util.HashMap<>(Map.of("view", view, "draft", draft, "settings", reports.settings(view.assessment().authority()),
                "form", form, "saved", "yes".equals(ctx.queryParam("saved")) || "yes".equals(ctx.queryParam("regenerated")),
                "readiness", reports.readiness(view.assessment().id()), "stale", reports.stale(view.assessment().id()),
                "version", reports.draftVersion(view.assessment().id())));
        if (suggestions != null) {
            model.put("inconsistencies", suggestions.inconsistencies(view.assessment().id()));
        }
        ctx.render("report-editor.jte", model);
    }

    private void save(Context ctx) {
        long id = id(ctx);
        List<ReportDraft.OfficerComment> comments = new ArrayList<>();
        for (int i = 0; i < OFFICERS.length; i++) {
            comments.add(new ReportDraft.OfficerComment(OFFICERS[i], ctx.formParam("comment" + i), iso(ctx.formParam("commentDate" + i))));
        }
        List<FieldError> parseErrors = new ArrayList<>();
        ReportDraft draft = new ReportDraft(ctx.formParam("committee"), iso(ctx.formParam("meetingDate")), ctx.formParam("status"),
                ctx.formParam("title"), ctx.formParam("authors"), ctx.formParam("purpose"), ctx.formParam("summary"),
                ctx.formParam("recommendations"), contacts("contacts", ctx.formParam("contacts"), parseErrors),
                ctx.formParams("objectives"), ctx.formParams("values"),
                new ReportDraft.Implications(ctx.formParam("legal"), ctx.formParam("financial"), ctx.formParams("risks"),
                        blankToNull(ctx.formParam("riskNote")), ctx.formParam("equalities"), ctx.formParam("equalityAssessment"),
                        ctx.formParam("humanRights"), ctx.formParam("healthAndSafety")),
                comments, ctx.formParam("consultees"), papers(ctx.formParam("backgroundPapers")), ctx.formParam("introduction"),
                ctx.formParam("futureActivities"));
        try {
            if (!parseErrors.isEmpty()) {
                throw new Invalid(parseErrors);
            }
            reports.saveDraft(Actors.of(ctx), id, draft, Form.version(ctx));
            ctx.redirect("/assessments/" + id + "/report?saved=yes", HttpStatus.SEE_OTHER);
        } catch (uk.bestvalue.EditedMeanwhile e) {
            editor(ctx, draft, Form.edited("report", ctx, e), HttpStatus.CONFLICT);
        } catch (Invalid e) {
            editor(ctx, draft, Form.submitted("report", ctx, e.errors().stream().map(ReportPages::toFormField).toList()),
                    HttpStatus.BAD_REQUEST);
        }
    }

    private void figuresPage(Context ctx, Form form, HttpStatus status) {
        long id = id(ctx);
        AssessmentView view = assessments.view(id);
        ctx.status(status);
        ctx.render("report-figures.jte", Map.of("view", view, "theme", theme(ctx), "dashboard", reports.dashboard(id),
                "figures", reports.figures(id), "form", form, "added", "yes".equals(ctx.queryParam("added")), "groups", reports.figureGroups()));
    }

    private uk.bestvalue.framework.Theme theme(Context ctx) {
        AssessmentView view = assessments.view(id(ctx));
        return view.version().theme(ctx.pathParam("theme")).orElseThrow(() -> new uk.bestvalue.NotFound("Theme not found",
                "The assessment's framework has no theme " + ctx.pathParam("theme")));
    }

    /** An evidence item's number as the form sends it; anything else is no item, and the service says so. */
    private static long evidenceId(String text) {
        try {
            return text == null ? -1 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The service names fields as in the JSON draft; the form lays some of them out differently. */
    private static FieldError toFormField(FieldError error) {
        String field = error.field();
        java.util.regex.Matcher comment = java.util.regex.Pattern.compile("officerComments\\[(\\d+)\\]\\.(comment|date|role)").matcher(field);
        if (comment.matches()) {
            int index = Integer.parseInt(comment.group(1)) - 1;
            return new FieldError((comment.group(2).equals("date") ? "commentDate" : "comment") + index,
                    OFFICERS[Math.min(index, OFFICERS.length - 1)] + (comment.group(2).equals("date") ? " date " : " comment ") + error.message());
        }
        if (field.startsWith("implications.")) {
            field = field.substring("implications.".length());
        }
        return new FieldError(field.replaceAll("\\[.*$", ""), label(field) + " " + error.message());
    }

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("title", "Report title"), Map.entry("committee", "Committee"),
            Map.entry("authors", "Report author(s)"), Map.entry("purpose", "Purpose of report"), Map.entry("summary", "Report summary"),
            Map.entry("recommendations", "Recommendation(s)"), Map.entry("meetingDate", "Meeting date"), Map.entry("status", "Status"),
            Map.entry("consultees", "Consultees"), Map.entry("introduction", "Introduction"), Map.entry("futureActivities", "Future activities"));

    private static String label(String field) {
        String base = field.replaceAll("\\[.*$", "");
        String known = LABELS.get(base);
        return known != null ? known : field.replaceAll("\\[(\\d+)\\]", " $1").replace('.', ' ');
    }

    private void settingsPage(Context ctx, AuthoritySettings settings, Form form, HttpStatus status) {
        ctx.status(status);
        ctx.render("authority-settings.jte", Map.of("authority", authority(ctx), "settings", settings, "form", form,
                "saved", "yes".equals(ctx.queryParam("saved")), "version", reports.settingsVersion(authority(ctx).code())));
    }

    private void saveSettings(Context ctx) {
        Authority authority = authority(ctx);
        AuthoritySettings current = reports.settings(authority.code());
        List<FieldError> errors = new ArrayList<>();
        String logo = "yes".equals(ctx.formParam("removeLogo")) ? null : current.logoDataUri();
        UploadedFile upload = ctx.uploadedFile("logo");
        if (upload != null && upload.size() > 0) {
            logo = logo(upload, errors);
        }
        AuthoritySettings settings = new AuthoritySettings(blankToNull(ctx.formParam("displayName")), logo,
                coded("objectives", ctx.formParam("objectives"), errors), blankToNull(ctx.formParam("vision")),
                coded("values", ctx.formParam("values"), errors), coded("risks", ctx.formParam("risks"), errors),
                contacts("contacts", ctx.formParam("contacts"), errors), lines(ctx.formParam("committees")));
        try {
            if (!errors.isEmpty()) {
                throw new Invalid(errors);
            }
            reports.saveSettings(Actors.of(ctx), authority.code(), settings, Form.version(ctx));
            ctx.redirect("/authorities/" + authority.code().value() + "/settings?saved=yes", HttpStatus.SEE_OTHER);
        } catch (uk.bestvalue.EditedMeanwhile e) {
            settingsPage(ctx, settings, Form.edited("settings", ctx, e), HttpStatus.CONFLICT);
        } catch (Invalid e) {
            settingsPage(ctx, settings, Form.submitted("settings", ctx, e.errors()), HttpStatus.BAD_REQUEST);
        }
    }

    private static String logo(UploadedFile upload, List<FieldError> errors) {
        String type = upload.contentType() == null ? "" : upload.contentType();
        if (!type.equals("image/png") && !type.equals("image/jpeg")) {
            errors.add(new FieldError("logo", "The logo must be a PNG or JPEG image"));
            return null;
        }
        if (upload.size() > 500_000) {
            errors.add(new FieldError("logo", "The logo must be 500 KB or smaller"));
            return null;
        }
        try (InputStream in = upload.content()) {
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(in.readAllBytes());
        } catch (IOException e) {
            errors.add(new FieldError("logo", "The logo could not be read; try again"));
            return null;
        }
    }

    /** "CODE | Label" per line. */
    static List<Coded> coded(String field, String text, List<FieldError> errors) {
        List<Coded> items = new ArrayList<>();
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split("\\|", 2);
            if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
                errors.add(new FieldError(field, "Line " + (i + 1) + " must be a code, a bar and a label, e.g. SO1 | Our Council"));
            } else {
                items.add(new Coded(parts[0].strip(), parts[1].strip()));
            }
        }
        return items;
    }

    /** "Name | Role | Phone | Email" per line; only the name is required. */
    static List<Contact> contacts(String field, String text, List<FieldError> errors) {
        List<Contact> contacts = new ArrayList<>();
        for (String line : lines(text)) {
            String[] parts = line.split("\\|", -1);
            contacts.add(new Contact(part(parts, 0), part(parts, 1), part(parts, 2), part(parts, 3)));
        }
        return contacts;
    }

    /** "Title | web address" per line; the address is optional. */
    static List<ReportDraft.Paper> papers(String text) {
        return lines(text).stream().map(line -> {
            String[] parts = line.split("\\|", 2);
            return new ReportDraft.Paper(parts[0].strip(), parts.length > 1 ? blankToNull(parts[1].strip()) : null);
        }).toList();
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String part(String[] parts, int i) {
        return i < parts.length ? blankToNull(parts[i].strip()) : null;
    }

    /** A date typed as 16/4/2024 becomes 2024-04-16; anything else is left for the service to judge. */
    static String iso(String text) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        return uk.bestvalue.Dates.parse(value).map(LocalDate::toString).orElse(value);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static long id(Context ctx) {
        return Bodies.id(ctx, "id", "Assessment");
    }

    private Authority authority(Context ctx) {
        return authorities.require(ctx.pathParam("code"));
    }
}
