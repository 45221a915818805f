package uk.bestvalue.assessment;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.bestvalue.Actor;
import uk.bestvalue.Conflict;
import uk.bestvalue.NotFound;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.authority.OnsCode;
import uk.bestvalue.framework.Criterion;
import uk.bestvalue.framework.FrameworkCatalogue;
import uk.bestvalue.framework.FrameworkVersion;
import uk.bestvalue.framework.Scale;
import uk.bestvalue.framework.ScaleLevel;
import uk.bestvalue.framework.Theme;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.RowStamp;
import uk.bestvalue.period.Period;

/** Start assessments, score their themes and criteria, and see each one whole. */
public final class Assessments {
    private final AssessmentChanges changes;
    private final AssessmentRepository repository;
    private final EvidenceRepository evidence;
    private final ActionRepository actions;
    private final FrameworkCatalogue frameworks;
    private final AuthorityRegister authorities;
    private final Clock clock;

    public Assessments(Database db, AssessmentChanges changes, FrameworkCatalogue frameworks, AuthorityRegister authorities, Clock clock) {
        this.changes = changes;
        this.repository = new AssessmentRepository(db);
        this.evidence = new EvidenceRepository(db);
        this.actions = new ActionRepository(db);
        this.frameworks = frameworks;
        this.authorities = authorities;
        this.clock = clock;
    }

    /** Checks a request to start an assessment and creates it, or fails naming every bad field. */
    public Assessment create(Actor actor, AssessmentInput input) {
        Checks checks = new Checks();
        Assessment draft = checkNew(checks, input);
        checks.throwIfAny();
        requireNew(draft);
        long id = changes.create(actor, draft, change -> null);
        return assessment(id);
    }

    /** Checks a new assessment's fields into {@code checks}; returns the assessment to insert, or null if any is bad. */
    Assessment checkNew(Checks checks, AssessmentInput input) {
        Authority authority = authority(checks, input.authority());
        FrameworkVersion version = null;
        if (Checks.trimmed(input.framework()) == null) {
            checks.fail("framework", "Choose the framework version");
        } else {
            version = frameworks.version(input.framework().strip()).orElse(null);
            if (version == null) {
                checks.fail("framework", "'" + input.framework() + "' is not a loaded framework version, e.g. best-value-standards/2024");
            }
        }
        Period period = period(checks, "period", input.period());
        String title = checks.required("title", input.title(), Checks.TITLE, "Enter the assessment title");
        String owner = checks.required("owner", input.owner(), Checks.NAME, "Enter who owns the assessment");
        String scaleKey = Checks.trimmed(input.scale()) == null ? FrameworkCatalogue.DEFAULT_SCALE : input.scale().strip();
        if (frameworks.scale(scaleKey).isEmpty()) {
            checks.fail("scale", "'" + scaleKey + "' is not a scale; use one of "
                    + String.join(", ", frameworks.scales().stream().map(Scale::key).toList()));
        }
        Scoring scoring = Checks.trimmed(input.scoring()) == null ? Scoring.THEME : Scoring.fromId(input.scoring().strip()).orElse(null);
        if (scoring == null) {
            checks.fail("scoring", "'" + input.scoring() + "' is not a way of scoring; use theme, criterion or both");
        }
        boolean derive = Boolean.TRUE.equals(input.deriveThemeScores());
        if (derive && scoring == Scoring.THEME) {
            checks.fail("deriveThemeScores", "theme scores can be derived only when criteria are scored (scoring criterion or both)");
        }
        if (!checks.ok()) {
            return null;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return new Assessment(0, authority.code(), version.id(), version.reference(), period, title, owner,
                AssessmentStatus.DRAFT, scaleKey, scoring, derive, Boolean.TRUE.equals(input.example()), null, now, now, null);
    }

    /** Refuses a second assessment of the same authority, framework version and year. */
    void requireNew(Assessment draft) {
        if (repository.exists(draft.authority(), draft.versionId(), draft.period())) {
            String name = authorities.get(draft.authority()).map(Authority::name).orElse(draft.authority().value());
            throw new Conflict(name + " already has an assessment against " + versionName(draft) + " for " + draft.period()
                    + "; open that one, or roll it forward to the next year");
        }
    }

    /**
     * Changes an assessment's details. Scores are kept whatever changes: see {@link AssessmentDetails}
     * for the rule on scoring mode and scale.
     */
    public Assessment edit(Actor actor, long id, AssessmentDetails input) {
        Assessment a = assessment(id);
        Checks checks = new Checks();
        String title = input.title() == null ? a.title() : checks.required("title", input.title(), Checks.TITLE, "Enter the assessment title");
        String owner = input.owner() == null ? a.owner() : checks.required("owner", input.owner(), Checks.NAME, "Enter who owns the assessment");
        Period period = input.period() == null ? a.period() : period(checks, "period", input.period());
        String scaleKey = Checks.trimmed(input.scale()) == null ? a.scaleKey() : input.scale().strip();
        Scale newScale = frameworks.scale(scaleKey).orElse(null);
        if (newScale == null) {
            checks.fail("scale", "'" + scaleKey + "' is not a scale; use one of "
                    + String.join(", ", frameworks.scales().stream().map(Scale::key).toList()));
        } else if (!scaleKey.equals(a.scaleKey())) {
            List<String> lost = repository.levelsInUse(id).stream().filter(code -> newScale.level(code).isEmpty()).distinct().sorted().toList();
            if (!lost.isEmpty()) {
                checks.fail("scale", "scores use " + String.join(", ", lost) + ", which the " + newScale.name()
                        + " scale does not have; clear those scores first, or keep the " + scale(a).name() + " scale");
            }
        }
        Scoring scoring = Checks.trimmed(input.scoring()) == null ? a.scoring() : Scoring.fromId(input.scoring().strip()).orElse(null);
        if (scoring == null) {
            checks.fail("scoring", "'" + input.scoring() + "' is not a way of scoring; use theme, criterion or both");
        }
        boolean derive = input.deriveThemeScores() == null ? a.deriveThemeScores() && scoring != Scoring.THEME : input.deriveThemeScores();
        if (derive && scoring == Scoring.THEME) {
            checks.fail("deriveThemeScores", "theme scores can be derived only when criteria are scored (scoring criterion or both)");
        }
        checks.throwIfAny();
        if (!period.equals(a.period()) && repository.exists(a.authority(), a.versionId(), period)) {
            throw new Conflict("There is already an assessment of this authority against " + versionName(a) + " for " + period);
        }
        String what = "the assessment's details";
        changes.change(actor, id, change -> {
            RowStamp stamp = repository.stamp(change.tx(), id).orElseThrow();
            Assessment stored = change.assessment();
            AssessmentChanges.requireUnchanged(stamp, input.version(), what, () -> "\"" + stored.title() + "\", owner " + stored.owner()
                    + ", " + stored.period().value() + ", " + stored.scaleKey() + " scale, scoring " + stored.scoring().id());
            if (!repository.updateDetails(change.tx(), id, title, owner, period, scaleKey, scoring, derive, stamp.version(),
                    change.actor().displayName(), change.now())) {
                throw AssessmentChanges.editedMeanwhile(repository.stamp(change.tx(), id).orElseThrow(), what, null);
            }
            change.record("assessment", id, "update", a, repository.get(change.tx(), id).orElseThrow());
            return null;
        });
        return assessment(id);
    }

    /** Deletes an assessment softly: hidden from lists and closed to changes until restored. */
    public Assessment delete(Actor actor, long id) {
        changes.changeState(actor, id, change -> {
            if (change.assessment().deleted()) {
                throw new Conflict("Assessment " + id + " is already deleted");
            }
            if (!change.assessment().status().editable()) {
                throw new Conflict("Assessment " + id + " is " + change.assessment().status().label().toLowerCase()
                        + " and can no longer be deleted; re-open it as a draft first");
            }
            repository.setDeleted(change.tx(), id, change.now());
            change.record("assessment", id, "delete", change.assessment(), null);
            return null;
        });
        return assessment(id);
    }

    /** Brings a deleted assessment back as it was. */
    public Assessment restore(Actor actor, long id) {
        changes.changeState(actor, id, change -> {
            if (!change.assessment().deleted()) {
                throw new Conflict("Assessment " + id + " is not deleted");
            }
            repository.setDeleted(change.tx(), id, null);
            change.record("assessment", id, "restore", null, change.assessment());
            return null;
        });
        return assessment(id);
    }

    /** Assessments by authority, period and status (any of them null for all); deleted ones only when asked. */
    public List<Assessment> find(OnsCode authority, Period period, AssessmentStatus status, boolean deleted) {
        return repository.find(authority, period, status, deleted);
    }

    /** What a roll forward or a change of framework version could not carry, for the officer to resolve. */
    public List<String> carryProblems(long id) {
        return repository.carryProblems(id);
    }

    /** Clears the list once the officer has dealt with it. */
    public void clearCarryProblems(Actor actor, long id) {
        List<String> before = carryProblems(id);
        changes.change(actor, id, change -> {
            repository.clearCarryProblems(change.tx(), id);
            change.record("carry_problems", id, "clear", before, null);
            return null;
        });
    }

    public Assessment assessment(long id) {
        return repository.get(repository.db(), id).orElseThrow(() -> new NotFound("Assessment not found", "There is no assessment " + id));
    }

    public List<Assessment> forAuthority(OnsCode authority) {
        return repository.forAuthority(authority);
    }

    public Optional<Assessment> previous(Assessment assessment) {
        return repository.previous(assessment);
    }

    /** Scores a theme; a blank score clears it. The narrative is kept either way. */
    public ThemeScore scoreTheme(Actor actor, long assessmentId, String themeCode, ScoreInput input) {
        Assessment assessment = assessment(assessmentId);
        FrameworkVersion version = version(assessment);
        Theme theme = version.theme(themeCode).orElseThrow(() -> new NotFound("Theme not found",
                version.frameworkName() + ": " + version.name() + " has no theme '" + themeCode + "'"));
        Checks checks = new Checks();
        String level = level(checks, "score", input.score(), scale(assessment));
        boolean scoredHere = assessment.scoring().scoresThemes() && !assessment.deriveThemeScores();
        if (level != null && assessment.deriveThemeScores()) {
            checks.fail("score", "this assessment derives theme scores from its criteria; score the criteria instead");
        } else if (level != null && !assessment.scoring().scoresThemes()) {
            checks.fail("score", "this assessment scores criteria, not themes");
        } else if (level != null && input.clears()) {
            checks.fail("score", "Choose a score for " + theme.name() + " or clear it, not both");
        } else if (scoredHere && level == null && !input.clears() && Checks.trimmed(input.score()) == null) {
            checks.fail("score", "Choose a score for " + theme.name() + ", or choose to clear the score");
        }
        String narrative = checks.optional("narrative", input.narrative(), Checks.NARRATIVE);
        String changeReason = checks.optional("changeReason", input.changeReason(), Checks.TEXT);
        checks.throwIfAny();
        String what = "the score for " + theme.name();
        int saved = changes.change(actor, assessmentId, change -> {
            ThemeScore before = repository.themeScore(change.tx(), assessmentId, theme).orElse(null);
            RowStamp stamp = repository.themeScoreStamp(change.tx(), assessmentId, theme.id()).orElse(RowStamp.UNSAVED);
            AssessmentChanges.requireUnchanged(stamp, input.version(), what, () -> storedScore(assessment, before == null ? null : before.levelCode()));
            if (!repository.saveThemeScore(change.tx(), assessmentId, theme.id(), level, narrative, changeReason, stamp,
                    change.actor().displayName(), change.now())) {
                throw AssessmentChanges.editedMeanwhile(repository.themeScoreStamp(change.tx(), assessmentId, theme.id()).orElse(RowStamp.UNSAVED), what, null);
            }
            if (before == null || !java.util.Objects.equals(before.levelCode(), level)) {
                // A review agreed with a score; a different score needs reviewing again.
                repository.clearReview(change.tx(), assessmentId, theme.id());
            }
            change.record("theme_score", assessmentId + "/" + theme.code(), before == null ? "create" : "update", before,
                    new ThemeScore(theme.id(), theme.code(), level, narrative, false, changeReason));
            return stamp.version() + 1;
        });
        // A derived score depends on the criteria, so only then is the whole view needed.
        return assessment.deriveThemeScores() ? view(assessmentId).themeScore(theme.code())
                : new ThemeScore(theme.id(), theme.code(), level, narrative, false, changeReason, saved);
    }

    /**
     * Records that a reviewer agrees with a theme's score. The theme must be scored; a new score
     * clears the review.
     */
    public ThemeReview review(Actor actor, long assessmentId, String themeCode, String reviewerText, String dateText) {
        return review(actor, assessmentId, themeCode, reviewerText, dateText, null);
    }

    /**
     * Records a reviewer's review of a theme's score: agreement when {@code challengeText} is blank,
     * otherwise a challenge, which stands until the reviewer records agreement. The theme must be
     * scored; a new score clears the review.
     */
    public ThemeReview review(Actor actor, long assessmentId, String themeCode, String reviewerText, String dateText, String challengeText) {
        AssessmentView view = view(assessmentId);
        Theme theme = view.version().theme(themeCode).orElseThrow(() -> new NotFound("Theme not found",
                view.version().frameworkName() + ": " + view.version().name() + " has no theme '" + themeCode + "'"));
        Checks checks = new Checks();
        String reviewer = checks.required("reviewer", reviewerText, Checks.NAME, "Enter who reviewed the theme");
        java.time.LocalDate date = checks.date("date", dateText);
        String challenge = checks.optional("challenge", challengeText, Checks.TEXT);
        if (!view.themeScore(theme.code()).isScored()) {
            checks.fail("reviewer", "Score " + theme.name() + " before marking it reviewed");
        }
        checks.throwIfAny();
        java.time.LocalDate on = date == null ? java.time.LocalDate.now(clock) : date;
        ThemeReview review = new ThemeReview(theme.code(), reviewer, on, challenge);
        changes.change(actor, assessmentId, change -> {
            repository.saveReview(change.tx(), assessmentId, theme.id(), reviewer, on, challenge);
            change.record("theme_review", assessmentId + "/" + theme.code(), "create", view.reviewOf(theme.code()).orElse(null), review);
            return null;
        });
        return review;
    }

    /** Takes a theme's review back, e.g. when the reviewer's agreement was recorded by mistake. */
    public void unreview(Actor actor, long assessmentId, String themeCode) {
        AssessmentView view = view(assessmentId);
        Theme theme = view.version().theme(themeCode).orElseThrow(() -> new NotFound("Theme not found",
                "This assessment's framework has no theme '" + themeCode + "'"));
        ThemeReview before = view.reviewOf(theme.code()).orElseThrow(() -> new NotFound("Review not found",
                theme.name() + " has not been reviewed"));
        changes.change(actor, assessmentId, change -> {
            repository.clearReview(change.tx(), assessmentId, theme.id());
            change.record("theme_review", assessmentId + "/" + theme.code(), "delete", before, null);
            return null;
        });
    }

    /** Scores one criterion, where the assessment scores criteria. */
    public CriterionScore scoreCriterion(Actor actor, long assessmentId, String criterionCode, ScoreInput input) {
        Assessment assessment = assessment(assessmentId);
        FrameworkVersion version = version(assessment);
        Criterion criterion = version.criterion(criterionCode).orElseThrow(() -> new NotFound("Criterion not found",
                version.frameworkName() + ": " + version.name() + " has no criterion '" + criterionCode + "'"));
        Checks checks = new Checks();
        if (!assessment.scoring().scoresCriteria()) {
            checks.fail("score", "this assessment scores themes, not criteria");
        }
        String level = level(checks, "score", input.score(), scale(assessment));
        if (level != null && input.clears()) {
            checks.fail("score", "Choose a score for " + criterion.code() + " or clear it, not both");
        } else if (level == null && !input.clears() && Checks.trimmed(input.score()) == null) {
            checks.fail("score", "Choose a score for " + criterion.code() + ", or choose to clear the score");
        }
        String narrative = checks.optional("narrative", input.narrative(), Checks.NARRATIVE);
        checks.throwIfAny();
        String what = "the score for " + criterion.code();
        int saved = changes.change(actor, assessmentId, change -> {
            CriterionScore before = repository.criterionScore(change.tx(), assessmentId, criterion).orElse(null);
            RowStamp stamp = repository.criterionScoreStamp(change.tx(), assessmentId, criterion.id()).orElse(RowStamp.UNSAVED);
            AssessmentChanges.requireUnchanged(stamp, input.version(), what, () -> storedScore(assessment, before == null ? null : before.levelCode()));
            if (!repository.saveCriterionScore(change.tx(), assessmentId, criterion.id(), level, narrative, stamp, change.actor().displayName(),
                    change.now())) {
                throw AssessmentChanges.editedMeanwhile(repository.criterionScoreStamp(change.tx(), assessmentId, criterion.id()).orElse(RowStamp.UNSAVED), what, null);
            }
            change.record("criterion_score", assessmentId + "/" + criterion.code(), before == null ? "create" : "update", before,
                    new CriterionScore(criterion.id(), criterion.code(), level, narrative));
            return stamp.version() + 1;
        });
        return new CriterionScore(criterion.id(), criterion.code(), level, narrative, saved);
    }

    /** A stored score in words, for telling an editor what is saved now. */
    private String storedScore(Assessment assessment, String levelCode) {
        return levelCode == null ? "not scored" : "scored " + scale(assessment).level(levelCode).map(ScaleLevel::label).orElse(levelCode);
    }

    /** The whole assessment: scores (derived where asked), evidence, actions and coverage. */
    public AssessmentView view(long assessmentId) {
        Assessment assessment = assessment(assessmentId);
        FrameworkVersion version = version(assessment);
        Scale scale = scale(assessment);
        Map<Long, Object[]> storedThemes = new HashMap<>();
        repository.themeScores(assessmentId).forEach(row -> storedThemes.put((Long) row[0], row));
        List<CriterionScore> criterionScores = new ArrayList<>();
        for (Object[] row : assessment.scoring().scoresCriteria() ? repository.criterionScores(assessmentId) : List.<Object[]>of()) {
            version.criterion((Long) row[0]).ifPresent(c -> criterionScores.add(new CriterionScore(c.id(), c.code(), (String) row[1], (String) row[2],
                    (Integer) row[3])));
        }
        criterionScores.sort(Comparator.comparing(CriterionScore::criterionCode));
        List<ThemeScore> themeScores = new ArrayList<>();
        for (Theme theme : version.themes()) {
            Object[] stored = storedThemes.get(theme.id());
            String narrative = stored == null ? null : (String) stored[2];
            String reason = stored == null ? null : (String) stored[3];
            int rowVersion = stored == null ? 0 : (Integer) stored[4];
            if (assessment.deriveThemeScores()) {
                themeScores.add(new ThemeScore(theme.id(), theme.code(), derivedLevel(theme, criterionScores, scale), narrative, true, reason,
                        rowVersion));
            } else if (!assessment.scoring().scoresThemes()) {
                // Theme scores kept from an earlier way of scoring stay stored but do not count now.
                themeScores.add(new ThemeScore(theme.id(), theme.code(), null, narrative, false, reason, rowVersion));
            } else {
                themeScores.add(new ThemeScore(theme.id(), theme.code(), stored == null ? null : (String) stored[1], narrative, false, reason,
                        rowVersion));
            }
        }
        List<EvidenceUse> uses = evidence.uses(assessmentId);
        List<ThemeCoverage> coverage = version.themes().stream().map(theme -> new ThemeCoverage(theme.code(), theme.name(),
                theme.criteria().size(), theme.criteria().stream().filter(c -> uses.stream().noneMatch(u -> u.bearsOn(c.id()))).toList()))
                .toList();
        String authorityName = authorities.get(assessment.authority()).map(Authority::name).orElse(assessment.authority().value());
        return new AssessmentView(assessment, authorityName, version, scale, themeScores, criterionScores, uses,
                actions.forAssessment(assessmentId), coverage, repository.reviews(assessmentId),
                repository.stamp(repository.db(), assessmentId).map(RowStamp::version).orElse(1));
    }

    /**
     * A theme's level worked out from its criteria: the median of their ranked levels, taking the
     * worse of the two middle levels when the count is even. Unranked answers ("Don't know") and
     * unscored criteria do not count; with none left, the theme has no derived score.
     */
    static String derivedLevel(Theme theme, List<CriterionScore> scores, Scale scale) {
        List<ScaleLevel> levels = theme.criteria().stream()
                .flatMap(c -> scores.stream().filter(s -> s.criterionId() == c.id() && s.levelCode() != null))
                .flatMap(s -> scale.level(s.levelCode()).stream())
                .filter(ScaleLevel::ranked)
                .sorted(Comparator.comparingInt(ScaleLevel::position))
                .toList();
        if (levels.isEmpty()) {
            return null;
        }
        return levels.get(levels.size() / 2).code();
    }

    /** The version's name as people read it, e.g. "Best Value Standards: Statutory guidance, May 2024". */
    String versionName(Assessment assessment) {
        return frameworks.version(assessment.versionId()).map(v -> v.frameworkName() + ": " + v.name()).orElse(assessment.versionReference());
    }

    FrameworkVersion version(Assessment assessment) {
        return frameworks.version(assessment.versionId())
                .orElseThrow(() -> new IllegalStateException("Assessment " + assessment.id() + " refers to a missing framework version"));
    }

    Scale scale(Assessment assessment) {
        return frameworks.scale(assessment.scaleKey())
                .orElseThrow(() -> new IllegalStateException("Assessment " + assessment.id() + " refers to a missing scale"));
    }

    private Authority authority(Checks checks, String code) {
        if (Checks.trimmed(code) == null) {
            checks.fail("authority", "is required: the authority's ONS code, e.g. E07000135");
            return null;
        }
        if (!OnsCode.isValid(code)) {
            checks.fail("authority", "'" + code + "' is not an ONS code, e.g. E07000135");
            return null;
        }
        Optional<Authority> authority = authorities.get(OnsCode.parse(code));
        if (authority.isEmpty()) {
            checks.fail("authority", "no authority in the register has the code " + OnsCode.parse(code));
        }
        return authority.orElse(null);
    }

    static Period period(Checks checks, String field, String text) {
        if (Checks.trimmed(text) == null) {
            checks.fail(field, "Enter the financial year, for example 2024/25");
            return null;
        }
        try {
            return Period.financialYear(text);
        } catch (IllegalArgumentException e) {
            checks.fail(field, e.getMessage());
            return null;
        }
    }

    static String level(Checks checks, String field, String text, Scale scale) {
        String code = Checks.trimmed(text);
        if (code == null) {
            return null;
        }
        Optional<ScaleLevel> level = scale.level(code);
        if (level.isEmpty()) {
            checks.fail(field, "'" + code + "' is not on the " + scale.name() + " scale; use one of " + scale.codes());
            return null;
        }
        return level.get().code();
    }
}
