package uk.bestvalue.warning;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.bestvalue.Actor;
import uk.bestvalue.Conflict;
import uk.bestvalue.Invalid;
import uk.bestvalue.NotFound;
import uk.bestvalue.assessment.Assessment;
import uk.bestvalue.assessment.AssessmentChanges;
import uk.bestvalue.assessment.AssessmentView;
import uk.bestvalue.assessment.Assessments;
import uk.bestvalue.assessment.EvidenceInput;
import uk.bestvalue.assessment.EvidenceLibrary;
import uk.bestvalue.assessment.EvidenceUse;
import uk.bestvalue.explorer.Comparison;
import uk.bestvalue.explorer.Explorer;
import uk.bestvalue.explorer.Metric;
import uk.bestvalue.framework.Criterion;
import uk.bestvalue.framework.Theme;
import uk.bestvalue.report.EvidenceFigure;
import uk.bestvalue.report.Reports;
import uk.bestvalue.store.Database;

/**
 * The authority's open flags offered as suggested evidence in its self-assessment. Accepting one
 * makes an evidence item that shows the indicator of potential failure, carrying the flag's values
 * frozen as a figure for the report; dismissing one needs a reason. Both are changes to the
 * assessment, through its one write path, and are audited.
 */
public final class SuggestedEvidence {
    private final WarningRepository repository;
    private final Warnings warnings;
    private final Assessments assessments;
    private final AssessmentChanges changes;
    private final EvidenceLibrary evidence;
    private final Reports reports;
    private final Explorer explorer;

    public SuggestedEvidence(Database db, Warnings warnings, Assessments assessments, AssessmentChanges changes, EvidenceLibrary evidence,
                             Reports reports, Explorer explorer) {
        this.repository = new WarningRepository(db);
        this.warnings = warnings;
        this.assessments = assessments;
        this.changes = changes;
        this.evidence = evidence;
        this.reports = reports;
        this.explorer = explorer;
    }

    /** The authority's open flags for a theme that this assessment has not yet accepted or dismissed, most severe first. */
    public List<Suggestion> forTheme(long assessmentId, String themeCode) {
        AssessmentView view = assessments.view(assessmentId);
        Theme theme = view.version().theme(themeCode).orElse(null);
        if (theme == null) {
            return List.of();
        }
        return undecided(view, f -> f.theme().equalsIgnoreCase(theme.code()));
    }

    /** Every theme's suggestions at once (the API's list), read in one pass rather than theme by theme. */
    public List<Suggestion> all(long assessmentId) {
        AssessmentView view = assessments.view(assessmentId);
        return undecided(view, f -> view.version().theme(f.theme()).isPresent());
    }

    private List<Suggestion> undecided(AssessmentView view, java.util.function.Predicate<Flag> wanted) {
        Set<Long> decided = repository.decisions(view.assessment().id()).stream().map(Decision::flagId).collect(Collectors.toSet());
        List<Suggestion> suggestions = new ArrayList<>();
        for (Flag f : warnings.flags(view.assessment().authority())) {
            if (f.open() && wanted.test(f) && !decided.contains(f.id())) {
                suggestions.add(new Suggestion(f, warnings.rule(f), indicators(view, f)));
            }
        }
        suggestions.sort((a, b) -> b.flag().severity().compareTo(a.flag().severity()));
        return suggestions;
    }

    /** Every open flag of the assessment's authority by theme code, decided or not (for the consistency check). */
    public Map<String, List<Flag>> openByTheme(long assessmentId) {
        Assessment a = assessments.assessment(assessmentId);
        Map<String, List<Flag>> byTheme = new LinkedHashMap<>();
        warnings.flags(a.authority()).stream().filter(Flag::open).forEach(f -> byTheme.computeIfAbsent(f.theme().toUpperCase(), k -> new ArrayList<>()).add(f));
        return byTheme;
    }

    /**
     * The consistency check: a theme scored at the top of its scale while high-severity signals for it
     * are open, or at the bottom while no signal is open for it although some rule speaks to it.
     */
    public List<Inconsistency> inconsistencies(long assessmentId) {
        AssessmentView view = assessments.view(assessmentId);
        var ranked = view.scale().rankedLevels();
        if (ranked.size() < 2) {
            return List.of();
        }
        Map<String, List<Flag>> open = openByTheme(assessmentId);
        Set<String> covered = warnings.active().stream().flatMap(s -> s.rules().stream()).map(r -> r.theme().toUpperCase())
                .collect(Collectors.toSet());
        List<Inconsistency> found = new ArrayList<>();
        for (Theme theme : view.version().themes()) {
            String level = view.themeScore(theme.code()).levelCode();
            var scored = level == null ? null : view.scale().level(level).filter(l -> l.ranked()).orElse(null);
            if (scored == null) {
                continue;
            }
            List<Flag> flags = open.getOrDefault(theme.code().toUpperCase(), List.of());
            List<Flag> high = flags.stream().filter(f -> f.severity() == Severity.HIGH).toList();
            if (scored.code().equals(ranked.get(0).code()) && !high.isEmpty()) {
                found.add(new Inconsistency(theme.code(), theme.name(), scored.label(), theme.name() + " is scored " + scored.label()
                        + ", the top of the scale, while " + high.size() + (high.size() == 1 ? " high-severity signal is" : " high-severity signals are")
                        + " open: " + String.join("; ", high.stream().map(Flag::title).toList())
                        + ". Check the score against them, or say in the summary why they do not change it."));
            } else if (scored.code().equals(ranked.get(ranked.size() - 1).code()) && flags.isEmpty() && covered.contains(theme.code().toUpperCase())) {
                found.add(new Inconsistency(theme.code(), theme.name(), scored.label(), theme.name() + " is scored " + scored.label()
                        + ", the bottom of the scale, while the performance data raises no signal for it. Check the evidence behind the score."));
            }
        }
        return found;
    }

    /** One flag as this assessment sees it: it must be about the assessment's authority. */
    public Suggestion suggestion(long assessmentId, long flagId) {
        AssessmentView view = assessments.view(assessmentId);
        Flag f = flagOf(view.assessment(), flagId);
        return new Suggestion(f, warnings.rule(f), indicators(view, f));
    }

    public List<Decision> decisions(long assessmentId) {
        assessments.assessment(assessmentId);
        return repository.decisions(assessmentId);
    }

    /**
     * Accepts a flag as evidence that shows one of its indicators of potential failure (the first when
     * none is named): a new evidence item, the flag's values frozen as its figure, and the decision.
     */
    public EvidenceUse accept(Actor actor, long assessmentId, long flagId, String criterion) {
        AssessmentView view = assessments.view(assessmentId);
        Flag flag = open(view.assessment(), flagId);
        List<Criterion> indicators = indicators(view, flag);
        String chosen = criterion == null || criterion.isBlank() ? (indicators.isEmpty() ? null : indicators.get(0).code()) : criterion.strip();
        Criterion shows = indicators.stream().filter(c -> c.code().equalsIgnoreCase(chosen == null ? "" : chosen)).findFirst().orElse(null);
        if (shows == null) {
            throw new Invalid("criterion", indicators.isEmpty()
                    ? "this assessment's framework " + view.version().reference() + " has none of the indicators the signal speaks to ("
                    + String.join(", ", flag.criteria()) + ")"
                    : "choose one of the indicators the signal speaks to: " + String.join(", ", indicators.stream().map(Criterion::code).toList()));
        }
        Rule rule = warnings.rule(flag);
        List<EvidenceFigure> figures = figures(flag);
        String description = flag.explanation() + "\n\nCaveat: " + rule.caveat() + "\n\nEarly-warning signal from rule " + rule.id() + " ("
                + warnings.ruleSet(flag).reference() + "), raised " + flag.openedAt().toLocalDate() + ".";
        if (description.length() > 4000) {
            description = description.substring(0, 3999) + "…";
        }
        String link = flag.metricId() == null ? null : metric(flag.metricId()).url();
        EvidenceInput input = new EvidenceInput(null, flag.title(), description, link, "Early-warning flag " + flag.id(), null, null,
                List.of(new EvidenceInput.LinkInput(shows.code(), "shows")));
        return evidence.add(actor, assessmentId, input, (change, itemId) -> {
            requireUndecided(change, flagId, assessmentId);
            for (EvidenceFigure figure : figures) {
                reports.attachFigure(change, new EvidenceFigure(0, itemId, figure.metricId(), figure.metricTitle(), figure.unit(), figure.period(),
                        figure.groupLabel(), figure.value(), figure.median(), figure.lowerQuartile(), figure.upperQuartile(), figure.rank(),
                        figure.groupSize(), figure.source(), figure.licence(), change.now()));
            }
            repository.decide(change.tx(), flagId, assessmentId, "accepted", null, itemId, change.actor().displayName(), change.now());
            change.record("warning_decision", flagId, "accept", null, Map.of("flag", flagId, "evidence", itemId, "shows", shows.code(),
                    "explanation", flag.explanation()));
        });
    }

    /** Dismisses a flag for this assessment, with the reason the editor gives. */
    public void dismiss(Actor actor, long assessmentId, long flagId, String reason) {
        Assessment a = assessments.assessment(assessmentId);
        Flag flag = flagOf(a, flagId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new Invalid("reason", "Say why this signal is not evidence for the assessment");
        }
        if (why.length() > 2000) {
            throw new Invalid("reason", "The reason must be 2,000 characters or fewer");
        }
        changes.change(actor, assessmentId, change -> {
            requireUndecided(change, flagId, assessmentId);
            repository.decide(change.tx(), flagId, assessmentId, "dismissed", why, null, change.actor().displayName(), change.now());
            change.record("warning_decision", flagId, "dismiss", null, Map.of("flag", flagId, "reason", why, "explanation", flag.explanation()));
            return null;
        });
    }

    /**
     * Takes back a dismissal, so that the signal is offered again (audited). An accepted signal is
     * taken back by removing the evidence item it became.
     */
    public void reopen(Actor actor, long assessmentId, long flagId) {
        Assessment a = assessments.assessment(assessmentId);
        flagOf(a, flagId);
        changes.change(actor, assessmentId, change -> {
            Decision decision = repository.decision(change.tx(), flagId, assessmentId)
                    .orElseThrow(() -> new Conflict("This signal has not been dismissed in this assessment, so there is nothing to take back"));
            if (decision.accepted()) {
                throw new Conflict("This signal was accepted as evidence item " + decision.evidenceId()
                        + "; remove that evidence item to take it back");
            }
            repository.undecide(change.tx(), flagId, assessmentId);
            change.record("warning_decision", flagId, "reopen", decision, null);
            return null;
        });
    }

    /** When the evidence an accepted signal became is removed from the assessment, the signal is offered again. */
    public uk.bestvalue.assessment.EvidenceDependents evidenceDependents() {
        return new uk.bestvalue.assessment.EvidenceDependents() {
            @Override
            public void stoppedUsing(AssessmentChanges.Change change, long evidenceId) {
                for (Decision d : repository.decisionsMaking(change.tx(), change.assessment().id(), evidenceId)) {
                    repository.undecide(change.tx(), d.flagId(), d.assessmentId());
                    change.record("warning_decision", d.flagId(), "reopen", d, null);
                }
            }
        };
    }

    private void requireUndecided(AssessmentChanges.Change change, long flagId, long assessmentId) {
        if (repository.decided(change.tx(), flagId, assessmentId)) {
            throw new Conflict("This signal has already been accepted or dismissed in this assessment");
        }
    }

    private Flag flagOf(Assessment a, long flagId) {
        Flag f = repository.flag(flagId).orElse(null);
        if (f == null || !f.authority().equals(a.authority())) {
            throw new NotFound("Signal not found", "There is no early-warning signal " + flagId + " for this assessment's authority");
        }
        return f;
    }

    private Flag open(Assessment a, long flagId) {
        Flag f = flagOf(a, flagId);
        if (!f.open()) {
            throw new Conflict("This signal closed on " + f.closedAt().toLocalDate() + " (" + f.closedReason() + ") and is no longer offered");
        }
        return f;
    }

    private static List<Criterion> indicators(AssessmentView view, Flag f) {
        return f.criteria().stream().flatMap(code -> view.version().criterion(code).stream()).filter(Criterion::isIndicator).toList();
    }

    private Metric metric(String id) {
        return explorer.metric(id);
    }

    /**
     * The flag's values as a report figure: its period and value as stored; its group's quartiles as
     * stored for a position rule, otherwise those of councils of its type in the same period.
     */
    private List<EvidenceFigure> figures(Flag flag) {
        Observation o = flag.observed();
        if (o.metricId() != null) {
            return List.of(figure(flag, o));
        }
        // A combination: each rule met, its metric's value in the period it read, against councils of the same type.
        Map<String, EvidenceFigure> byMetricAndPeriod = new LinkedHashMap<>();
        for (Observation.Part part : o.parts()) {
            if (part.metricId() != null && part.period() != null) {
                byMetricAndPeriod.computeIfAbsent(part.metricId() + "|" + part.period(), k -> {
                    Comparison c = explorer.compare(part.metricId(), flag.authority().value(), part.period(), "type");
                    Double value = c.focus().map(Comparison.Entry::value).orElse(null);
                    return figure(flag, new Observation(part.metricId(), null, null, null, part.period(), value, List.of(), null, null, List.of()));
                });
            }
        }
        return List.copyOf(byMetricAndPeriod.values());
    }

    private EvidenceFigure figure(Flag flag, Observation o) {
        Metric metric = metric(o.metricId());
        String groupKey = o.group() == null ? "type" : o.group().key();
        Comparison c;
        try {
            c = explorer.compare(o.metricId(), flag.authority().value(), o.period(), groupKey);
        } catch (RuntimeException e) {
            c = explorer.compare(o.metricId(), flag.authority().value(), o.period(), "type");
        }
        Integer rank = c.focus().map(Comparison.Entry::rank).orElse(null);
        Observation.Group g = o.group();
        return new EvidenceFigure(0, 0, metric.id(), metric.title(), metric.unit(), o.period(),
                g == null ? c.group().label() : g.label(), o.value(),
                g == null ? c.statistics().median() : g.median(), g == null ? c.statistics().lowerQuartile() : g.lowerQuartile(),
                g == null ? c.statistics().upperQuartile() : g.upperQuartile(), rank, g == null ? c.statistics().count() : g.size(),
                metric.source(), metric.licence(), LocalDateTime.now());
    }

}
