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
            checks.fail("framework", "is required, e.g. best-value-standards/2024");
        } else {
            version = frameworks.version(input.framework().strip()).orElse(null);
            if (version == null) {
                checks.fail("framework", "'" + input.framework() + "' is not a loaded framework version, e.g. best-value-standards/2024");
            }
        }
        Period period = period(checks, "period", input.period());
        String title = checks.required("title", input.title(), Checks.TITLE);
        String owner = checks.required("owner", input.owner(), Checks.NAME);
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
            throw new Conflict(name + " already has an assessment against " + draft.versionReference() + " for " + draft.period()
                    + "; open that one, or roll it forward to the next year");
        }
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
                "The framework " + version.reference() + " has no theme '" + themeCode + "'"));
        Checks checks = new Checks();
        String level = level(checks, "score", input.score(), scale(assessment));
        if (level != null && assessment.deriveThemeScores()) {
            checks.fail("score", "this assessment derives theme scores from its criteria; score the criteria instead");
        } else if (level != null && !assessment.scoring().scoresThemes()) {
            checks.fail("score", "this assessment scores criteria, not themes");
        }
        String narrative = checks.optional("narrative", input.narrative(), Checks.NARRATIVE);
        checks.throwIfAny();
        changes.change(actor, assessmentId, change -> {
            ThemeScore before = repository.themeScore(change.tx(), assessmentId, theme).orElse(null);
            repository.saveThemeScore(change.tx(), assessmentId, theme.id(), level, narrative);
            change.record("theme_score", theme.code(), before == null ? "create" : "update", before,
                    new ThemeScore(theme.id(), theme.code(), level, narrative, false));
            return null;
        });
        // A derived score depends on the criteria, so only then is the whole view needed.
        return assessment.deriveThemeScores() ? view(assessmentId).themeScore(theme.code())
                : new ThemeScore(theme.id(), theme.code(), level, narrative, false);
    }

    /** Scores one criterion, where the assessment scores criteria. */
    public CriterionScore scoreCriterion(Actor actor, long assessmentId, String criterionCode, ScoreInput input) {
        Assessment assessment = assessment(assessmentId);
        FrameworkVersion version = version(assessment);
        Criterion criterion = version.criterion(criterionCode).orElseThrow(() -> new NotFound("Criterion not found",
                "The framework " + version.reference() + " has no criterion '" + criterionCode + "'"));
        Checks checks = new Checks();
        if (!assessment.scoring().scoresCriteria()) {
            checks.fail("score", "this assessment scores themes, not criteria");
        }
        String level = level(checks, "score", input.score(), scale(assessment));
        String narrative = checks.optional("narrative", input.narrative(), Checks.NARRATIVE);
        checks.throwIfAny();
        changes.change(actor, assessmentId, change -> {
            CriterionScore before = repository.criterionScore(change.tx(), assessmentId, criterion).orElse(null);
            repository.saveCriterionScore(change.tx(), assessmentId, criterion.id(), level, narrative);
            change.record("criterion_score", criterion.code(), before == null ? "create" : "update", before,
                    new CriterionScore(criterion.id(), criterion.code(), level, narrative));
            return null;
        });
        return new CriterionScore(criterion.id(), criterion.code(), level, narrative);
    }

    /** The whole assessment: scores (derived where asked), evidence, actions and coverage. */
    public AssessmentView view(long assessmentId) {
        Assessment assessment = assessment(assessmentId);
        FrameworkVersion version = version(assessment);
        Scale scale = scale(assessment);
        Map<Long, Object[]> storedThemes = new HashMap<>();
        repository.themeScores(assessmentId).forEach(row -> storedThemes.put((Long) row[0], row));
        List<CriterionScore> criterionScores = new ArrayList<>();
        for (Object[] row : repository.criterionScores(assessmentId)) {
            version.criterion((Long) row[0]).ifPresent(c -> criterionScores.add(new CriterionScore(c.id(), c.code(), (String) row[1], (String) row[2])));
        }
        criterionScores.sort(Comparator.comparing(CriterionScore::criterionCode));
        List<ThemeScore> themeScores = new ArrayList<>();
        for (Theme theme : version.themes()) {
            Object[] stored = storedThemes.get(theme.id());
            String narrative = stored == null ? null : (String) stored[2];
            if (assessment.deriveThemeScores()) {
                themeScores.add(new ThemeScore(theme.id(), theme.code(), derivedLevel(theme, criterionScores, scale), narrative, true));
            } else {
                themeScores.add(new ThemeScore(theme.id(), theme.code(), stored == null ? null : (String) stored[1], narrative, false));
            }
        }
        List<EvidenceUse> uses = evidence.uses(assessmentId);
        List<ThemeCoverage> coverage = version.themes().stream().map(theme -> new ThemeCoverage(theme.code(), theme.name(),
                theme.criteria().size(), theme.criteria().stream().filter(c -> uses.stream().noneMatch(u -> u.bearsOn(c.id()))).toList()))
                .toList();
        String authorityName = authorities.get(assessment.authority()).map(Authority::name).orElse(assessment.authority().value());
        return new AssessmentView(assessment, authorityName, version, scale, themeScores, criterionScores, uses,
                actions.forAssessment(assessmentId), coverage);
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
            checks.fail(field, "is required: a financial year such as 2024/25");
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
