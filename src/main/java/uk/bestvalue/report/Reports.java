package uk.bestvalue.report;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import uk.bestvalue.Actor;
import uk.bestvalue.EditedMeanwhile;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;
import uk.bestvalue.NotFound;
import uk.bestvalue.assessment.AssessmentChanges;
import uk.bestvalue.assessment.AssessmentView;
import uk.bestvalue.assessment.Assessments;
import uk.bestvalue.assessment.YearToYear;
import uk.bestvalue.assessment.Workflow;
import uk.bestvalue.assessment.WorkflowView;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.authority.OnsCode;
import uk.bestvalue.explorer.Comparison;
import uk.bestvalue.explorer.DashboardRow;
import uk.bestvalue.explorer.Explorer;
import uk.bestvalue.explorer.Statistics;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.RowStamp;

/** Committee reports: each authority's report settings, each assessment's draft, and the report in HTML, PDF and Word. */
public final class Reports {
    private static final Pattern LOGO = Pattern.compile("data:image/(png|jpeg);base64,[A-Za-z0-9+/=]+");
    private static final int MAX_LOGO = 700_000;
    private static final int TEXT = 4000;
    private static final int LONG_TEXT = 20000;

    private final ReportRepository repository;
    private final Assessments assessments;
    private final AssessmentChanges changes;
    private final Explorer explorer;
    private final FigureRepository figures;
    private final YearToYear years;
    private final AuthorityRegister authorities;
    private final Clock clock;
    private final Workflow workflow;
    private final uk.bestvalue.AuditTrail audit;

    public Reports(Database db, AssessmentChanges changes, Assessments assessments, YearToYear years, AuthorityRegister authorities,
                   Explorer explorer, Clock clock, Workflow workflow, uk.bestvalue.AuditTrail audit) {
        this.audit = audit;
        this.changes = changes;
        this.workflow = workflow;
        this.explorer = explorer;
        this.figures = new FigureRepository(db);
        this.repository = new ReportRepository(db);
        this.assessments = assessments;
        this.years = years;
        this.authorities = authorities;
        this.clock = clock;
    }

    public AuthoritySettings settings(OnsCode authority) {
        String name = authorities.get(authority).orElseThrow(() -> new NotFound("Authority not found",
                "No authority in the register has the code " + authority)).name();
        return repository.settings(authority).orElse(AuthoritySettings.defaults(name));
    }

    /** Saves an authority's report settings as the installation (the command line); see {@link #saveSettings(Actor, OnsCode, AuthoritySettings)}. */
    public AuthoritySettings saveSettings(OnsCode authority, AuthoritySettings input) {
        return saveSettings(Actor.installation(), authority, input);
    }

    /** Saves an authority's report settings over whatever is stored, or fails naming every bad field; the change is in the audit trail. */
    public AuthoritySettings saveSettings(Actor actor, OnsCode authority, AuthoritySettings input) {
        return saveSettings(actor, authority, input, null);
    }

    /** Checks settings, or fails naming every bad field. */
    private void checkSettings(OnsCode authority, AuthoritySettings input) {
        settings(authority);
        List<FieldError> errors = new ArrayList<>();
        length(errors, "displayName", input.displayName(), 300);
        length(errors, "vision", input.vision(), TEXT);
        if (input.logoDataUri() != null && !input.logoDataUri().isBlank()) {
            if (!LOGO.matcher(input.logoDataUri()).matches()) {
                errors.add(new FieldError("logoDataUri", "the logo must be a PNG or JPEG image"));
            } else if (input.logoDataUri().length() > MAX_LOGO) {
                errors.add(new FieldError("logoDataUri", "the logo must be 500 KB or smaller"));
            }
        }
        codes(errors, "objectives", input.objectives());
        codes(errors, "values", input.values());
        codes(errors, "risks", input.risks());
        for (int i = 0; i < input.contacts().size(); i++) {
            contact(errors, "contacts[" + (i + 1) + "]", input.contacts().get(i));
        }
        for (int i = 0; i < input.committees().size(); i++) {
            if (input.committees().get(i) == null || input.committees().get(i).isBlank()) {
                errors.add(new FieldError("committees[" + (i + 1) + "]", "is blank"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
    }

    /** Settings as the audit trail keeps them: the logo, which may be hundreds of kilobytes, by its size only. */
    private static Object recorded(AuthoritySettings settings) {
        if (settings == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> fields = new com.fasterxml.jackson.databind.ObjectMapper().convertValue(settings, java.util.Map.class);
        if (settings.logoDataUri() != null && !settings.logoDataUri().isBlank()) {
            fields.put("logoDataUri", "a logo of " + settings.logoDataUri().length() + " characters");
        }
        return fields;
    }

    /**
     * The report's draft: as last saved, or written from the assessment the first time. The
     * statutory officers' comments are always the ones they recorded in the sign-off, never typed
     * into the draft, so an officer who has not commented shows as outstanding.
     */
    public ReportDraft draft(long assessmentId) {
        ReportDraft draft = repository.draft(assessmentId).orElseGet(() -> {
            AssessmentView view = assessments.view(assessmentId);
            return DraftWriter.first(view, settings(view.assessment().authority()));
        });
        return draft.withOfficerComments(officerComments(assessmentId));
    }

    private List<ReportDraft.OfficerComment> officerComments(long assessmentId) {
        WorkflowView signOff = workflow.view(assessmentId);
        return WorkflowView.OFFICERS.stream().map(role -> signOff.comment(role)
                .map(c -> new ReportDraft.OfficerComment(DraftWriter.officer(role), c.comment(), c.commentedOn().toString()))
                .orElse(new ReportDraft.OfficerComment(DraftWriter.officer(role), null, null))).toList();
    }

    /** Saves the officer's edits, or fails naming every bad field. */
    public ReportDraft saveDraft(Actor actor, long assessmentId, ReportDraft draft) {
        return saveDraft(actor, assessmentId, draft, null);
    }

    /** The draft with what was written from the assessment kept, or fails naming every bad field. */
    private ReportDraft checkedDraft(long assessmentId, ReportDraft draft) {
        AssessmentView view = assessments.view(assessmentId);
        AuthoritySettings settings = settings(view.assessment().authority());
        List<FieldError> errors = new ArrayList<>();
        required(errors, "committee", draft.committee(), 200);
        required(errors, "title", draft.title(), 300);
        required(errors, "authors", draft.authors(), 300);
        required(errors, "purpose", draft.purpose(), TEXT);
        required(errors, "summary", draft.summary(), TEXT);
        required(errors, "recommendations", draft.recommendations(), TEXT);
        date(errors, "meetingDate", draft.meetingDate());
        if (!ReportDraft.FOR_INFORMATION.equals(draft.status()) && !ReportDraft.FOR_DECISION.equals(draft.status())) {
            errors.add(new FieldError("status", "use information (a matter for information) or decision (a matter for decision)"));
        }
        known(errors, "objectives", draft.objectives(), settings.objectives());
        known(errors, "values", draft.values(), settings.values());
        known(errors, "implications.risks", draft.implications().risks(), settings.risks());
        for (int i = 0; i < draft.contacts().size(); i++) {
            contact(errors, "contacts[" + (i + 1) + "]", draft.contacts().get(i));
        }
        for (int i = 0; i < draft.backgroundPapers().size(); i++) {
            var paper = draft.backgroundPapers().get(i);
            required(errors, "backgroundPapers[" + (i + 1) + "].title", paper.title(), 500);
            link(errors, "backgroundPapers[" + (i + 1) + "].link", paper.link());
        }
        length(errors, "consultees", draft.consultees(), TEXT);
        length(errors, "introduction", draft.introduction(), LONG_TEXT);
        length(errors, "futureActivities", draft.futureActivities(), LONG_TEXT);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        // What was written from the assessment is the server's record, whatever the client sent back.
        // The statutory officers' comments are recorded in the sign-off, not in the draft.
        return draft.withGenerated(draft(assessmentId).generated()).withOfficerComments(List.of());
    }

    /** The paragraphs written from the assessment that no longer say what it says, e.g. after an action was added. */
    public List<StaleParagraph> stale(long assessmentId) {
        ReportDraft draft = draft(assessmentId);
        List<StaleParagraph> stale = new ArrayList<>();
        for (ReportDraft.Generated now : DraftWriter.generated(assessments.view(assessmentId))) {
            draft.generated().stream().filter(g -> g.key().equals(now.key())).findFirst().ifPresent(was -> {
                if (!was.text().equals(now.text())) {
                    stale.add(new StaleParagraph(now.key(), DraftWriter.label(now.key()), was.text(), now.text(),
                            !draft.section(now.section()).contains(was.text())));
                }
            });
        }
        return stale;
    }

    /**
     * Brings one generated paragraph (or, with {@code key} "all", every one) up to date. A paragraph
     * the officer has not touched is rewritten in place; one the officer edited is left as they wrote
     * it and only marked as seen, so an officer's words are never overwritten.
     */
    public ReportDraft regenerate(Actor actor, long assessmentId, String key) {
        ReportDraft draft = draft(assessmentId);
        List<StaleParagraph> stale = stale(assessmentId).stream().filter(p -> "all".equals(key) || p.key().equals(key)).toList();
        if (stale.isEmpty() && !"all".equals(key) && DraftWriter.generated(assessments.view(assessmentId)).stream()
                .noneMatch(g -> g.key().equals(key))) {
            throw new Invalid(List.of(new FieldError("key", "'" + key + "' is not a paragraph written from the assessment")));
        }
        List<ReportDraft.Generated> basis = new ArrayList<>(draft.generated());
        for (StaleParagraph paragraph : stale) {
            ReportDraft.Generated old = basis.stream().filter(g -> g.key().equals(paragraph.key())).findFirst().orElseThrow();
            if (!paragraph.edited()) {
                draft = draft.withSection(old.section(), draft.section(old.section()).replace(paragraph.was(), paragraph.now()));
            }
            basis.set(basis.indexOf(old), new ReportDraft.Generated(old.key(), old.section(), paragraph.now()));
        }
        ReportDraft updated = draft.withGenerated(basis);
        save(actor, assessmentId, updated);
        return updated;
    }

    /**
     * Saves the officer's edits made from the version {@code version} of the draft (0: the draft as
     * first written, never saved; null: whatever is stored), or fails naming every bad field; a save
     * from an older version is refused with {@link EditedMeanwhile}, naming who saved since.
     */
    public ReportDraft saveDraft(Actor actor, long assessmentId, ReportDraft draft, Integer version) {
        ReportDraft saved = checkedDraft(assessmentId, draft);
        save(actor, assessmentId, saved, version);
        return saved.withOfficerComments(officerComments(assessmentId));
    }

    /** The version of an assessment's draft, which an edit of it is made from: 0 until first saved. */
    public int draftVersion(long assessmentId) {
        return repository.draftStamp(repository.db(), assessmentId).version();
    }

    /** Saves an authority's settings made from the version {@code version} of them (null: whatever is stored), refusing a save from an older one. */
    public AuthoritySettings saveSettings(Actor actor, OnsCode authority, AuthoritySettings input, Integer version) {
        checkSettings(authority, input);
        AuthoritySettings before = repository.settings(authority).orElse(null);
        Optional<RowStamp> lost = repository.saveSettings(authority, input, LocalDateTime.now(clock), version, actor.displayName(),
                tx -> audit.record(tx, actor, authority.value(), "report_settings", authority.value(), before == null ? "create" : "update",
                        recorded(before), recorded(input)));
        if (lost.isPresent()) {
            throw new EditedMeanwhile("the report settings", lost.get().version(), lost.get().changedBy(), lost.get().changedAt(), null);
        }
        return input;
    }

    /** The version of an authority's report settings: 0 until first saved. */
    public int settingsVersion(OnsCode authority) {
        return repository.settingsStamp(repository.db(), authority).version();
    }

    /** The draft is part of the assessment: it is saved through the assessment's one write path. */
    private void save(Actor actor, long assessmentId, ReportDraft draft) {
        save(actor, assessmentId, draft, null);
    }

    /** Saves a draft made from the version {@code version} of it (null: whatever is stored), refusing a save from an older one. */
    private void save(Actor actor, long assessmentId, ReportDraft draft, Integer version) {
        changes.change(actor, assessmentId, change -> {
            ReportDraft before = repository.draft(change.tx(), assessmentId).orElse(null);
            RowStamp stamp = repository.draftStamp(change.tx(), assessmentId);
            String what = "the report's draft";
            if (!stamp.allows(version) || !repository.saveDraft(change.tx(), assessmentId, draft, change.now(), stamp, change.actor().displayName())) {
                RowStamp now = repository.draftStamp(change.tx(), assessmentId);
                throw new EditedMeanwhile(what, now.version(), now.changedBy(), now.changedAt(),
                        before == null ? null : "titled \"" + before.title() + "\" for " + before.committee());
            }
            change.record("report_draft", assessmentId, before == null ? "create" : "update", before, draft);
            return null;
        });
    }

    public CommitteeReport report(long assessmentId) {
        AssessmentView view = assessments.view(assessmentId);
        return new CommitteeReport(draft(assessmentId), settings(view.assessment().authority()), view, years.compare(assessmentId),
                figures.forAssessment(assessmentId));
    }

    /** The explorer's figures carried by the evidence this assessment uses. */
    public List<EvidenceFigure> figures(long assessmentId) {
        assessments.assessment(assessmentId);
        return figures.forAssessment(assessmentId);
    }

    /** The council's dashboard, the metrics with a value, from which figures are chosen. */
    public List<DashboardRow> dashboard(long assessmentId) {
        return explorer.dashboard(assessments.assessment(assessmentId).authority().value()).stream().filter(r -> r.value() != null).toList();
    }

    /**
     * Attaches to an evidence item the council's latest figure for a metric, compared with authorities
     * of its type as on its dashboard: value, median, quartiles, rank, period, source and licence.
     */
    public EvidenceFigure addFigure(Actor actor, long assessmentId, long evidenceId, String metricId) {
        return addFigure(actor, assessmentId, evidenceId, metricId, null);
    }

    /** The groups a figure can compare the council with: its type (the dashboard's), region, England, neighbours, networks, saved groups. */
    public java.util.Map<String, String> figureGroups() {
        java.util.Map<String, String> groups = new java.util.LinkedHashMap<>();
        groups.put("type", "Councils of the same type");
        groups.put("region", "Councils in the same region");
        groups.put("england", "All councils in England");
        groups.putAll(explorer.otherGroups());
        explorer.groups().forEach(g -> groups.put(g.key(), "Saved group: " + g.name()));
        return groups;
    }

    /**
     * As above, compared with the group named ({@link #figureGroups()}; null or blank: the council's
     * type, as on its dashboard).
     */
    public EvidenceFigure addFigure(Actor actor, long assessmentId, long evidenceId, String metricId, String group) {
        AssessmentView view = assessments.view(assessmentId);
        List<FieldError> errors = new ArrayList<>();
        if (view.evidence().stream().noneMatch(use -> use.item().id() == evidenceId)) {
            errors.add(new FieldError("evidence", "choose an evidence item of this assessment"));
        }
        DashboardRow row = metricId == null ? null : dashboard(assessmentId).stream().filter(r -> r.metric().id().equals(metricId.strip()))
                .findFirst().orElse(null);
        if (row == null) {
            errors.add(new FieldError("metric", "choose a metric with a value on the council's dashboard"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        String authority = view.assessment().authority().value();
        Comparison comparison = explorer.compare(row.metric().id(), authority, row.period(),
                group == null || group.isBlank() ? "type" : group.strip());
        Comparison.Entry mine = comparison.focus().orElseThrow();
        Statistics stats = comparison.statistics();
        return changes.change(actor, assessmentId, change -> {
            EvidenceFigure figure = new EvidenceFigure(0, evidenceId, row.metric().id(), row.metric().title(), row.metric().unit(),
                    comparison.period(), comparison.group().label(), mine.value(), stats.median(), stats.lowerQuartile(),
                    stats.upperQuartile(), mine.rank(), stats.count(), row.metric().source(), row.metric().licence(), change.now());
            long id = figures.put(change.tx(), figure);
            EvidenceFigure saved = figures.find(change.tx(), id).orElseThrow();
            change.record("evidence_figure", id, "create", null, saved);
            return saved;
        });
    }

    /**
     * Stores a figure given whole (an early-warning flag's frozen values) on an evidence item, within a
     * change to the assessment that is already under way.
     */
    public EvidenceFigure attachFigure(uk.bestvalue.assessment.AssessmentChanges.Change change, EvidenceFigure figure) {
        long id = figures.put(change.tx(), figure);
        EvidenceFigure saved = figures.find(change.tx(), id).orElseThrow();
        change.record("evidence_figure", id, "create", null, saved);
        return saved;
    }

    /** The frozen figures go with the evidence item that carries them, each removal audited with the item's. */
    public uk.bestvalue.assessment.EvidenceDependents evidenceDependents() {
        return new uk.bestvalue.assessment.EvidenceDependents() {
            @Override
            public void deleting(uk.bestvalue.assessment.AssessmentChanges.Change change, long evidenceId) {
                for (EvidenceFigure figure : figures.forEvidence(change.tx(), evidenceId)) {
                    figures.delete(change.tx(), figure.id());
                    change.record("evidence_figure", figure.id(), "delete", figure, null);
                }
            }
        };
    }

    public void removeFigure(Actor actor, long assessmentId, long figureId) {
        if (figures(assessmentId).stream().noneMatch(f -> f.id() == figureId)) {
            throw new NotFound("Figure not found", "The evidence of assessment " + assessmentId + " carries no figure " + figureId);
        }
        changes.change(actor, assessmentId, change -> {
            EvidenceFigure before = figures.find(change.tx(), figureId).orElseThrow();
            figures.delete(change.tx(), figureId);
            change.record("evidence_figure", figureId, "delete", before, null);
            return null;
        });
    }

    /** The checklist the editor shows: what is still missing before the report can be issued. */
    public Readiness readiness(long assessmentId) {
        return report(assessmentId).readiness();
    }

    public String html(long assessmentId) {
        return ReportHtml.render(report(assessmentId));
    }

    public byte[] pdf(long assessmentId) {
        CommitteeReport report = report(assessmentId);
        return ReportPdf.render(ReportHtml.render(report), report.view().assessment().updatedAt());
    }

    public byte[] docx(long assessmentId) {
        CommitteeReport report = report(assessmentId);
        return ReportDocx.render(report, report.view().assessment().updatedAt());
    }

    private static void codes(List<FieldError> errors, String field, List<Coded> items) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Coded item = items.get(i);
            String at = field + "[" + (i + 1) + "]";
            if (item == null || item.code() == null || item.code().isBlank() || item.code().length() > 20) {
                errors.add(new FieldError(at + ".code", "needs a code of 1 to 20 characters, e.g. SO1"));
            } else if (!seen.add(item.code())) {
                errors.add(new FieldError(at + ".code", "'" + item.code() + "' is used twice"));
            }
            if (item == null || item.label() == null || item.label().isBlank()) {
                errors.add(new FieldError(at + ".label", "is required"));
            }
        }
    }

    private static void known(List<FieldError> errors, String field, List<String> codes, List<Coded> list) {
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (list.stream().noneMatch(c -> c.code().equals(code))) {
                errors.add(new FieldError(field + "[" + (i + 1) + "]", "'" + code + "' is not in the authority's list; add it in the authority's report settings"));
            }
        }
    }

    private static void contact(List<FieldError> errors, String at, Contact contact) {
        required(errors, at + ".name", contact == null ? null : contact.name(), 200);
        if (contact != null) {
            length(errors, at + ".role", contact.role(), 200);
            length(errors, at + ".phone", contact.phone(), 40);
            if (contact.email() != null && !contact.email().isBlank() && !contact.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                errors.add(new FieldError(at + ".email", "'" + contact.email() + "' is not an email address"));
            }
        }
    }

    private static void required(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else {
            length(errors, field, value, max);
        }
    }

    private static void length(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "must be " + max + " characters or fewer, got " + value.length()));
        }
    }

    private static void date(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            int year = LocalDate.parse(value.strip()).getYear();
            if (year < 1990 || year > 2100) {
                errors.add(new FieldError(field, "must be a date between 1990 and 2100"));
            }
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "is not a date; write it as 16/4/2024 (or 2024-04-16)"));
        }
    }

    private static void link(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            URI uri = new URI(value.strip());
            if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https")) || uri.getHost() == null) {
                errors.add(new FieldError(field, "must be a web address starting http:// or https://"));
            }
        } catch (java.net.URISyntaxException e) {
            errors.add(new FieldError(field, "is not a web address"));
        }
    }
}
