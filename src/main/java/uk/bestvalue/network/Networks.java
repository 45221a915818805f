package uk.bestvalue.network;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.util.function.Predicate;
import java.util.stream.Collectors;
import uk.bestvalue.Actor;
import uk.bestvalue.AuditTrail;
import uk.bestvalue.Dates;
import uk.bestvalue.EditedMeanwhile;
import uk.bestvalue.NotAllowed;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;
import uk.bestvalue.NotFound;
import uk.bestvalue.assessment.Assessment;
import uk.bestvalue.assessment.AssessmentView;
import uk.bestvalue.assessment.Assessments;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.authority.OnsCode;
import uk.bestvalue.explorer.ComparisonGroup;
import uk.bestvalue.explorer.Explorer;
import uk.bestvalue.explorer.GroupSource;
import uk.bestvalue.framework.Theme;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.RowStamp;

/**
 * Benchmarking networks: named groups of councils, managed by the installation admin or by the
 * admins of the member that convenes them; usable as a comparison group everywhere ({@code network:ID});
 * members opt in to show their published theme scores side by side; a member may share local data
 * with the other members under an embargo date, after which it is public. Every change is audited.
 */
public final class Networks implements GroupSource {
    /** The assessment state whose scores a network may show: the workflow's published state. */
    static final String PUBLISHED = "published";

    private final NetworkRepository repository;
    private final AuthorityRegister authorities;
    private final Assessments assessments;
    private final Explorer explorer;
    private final AuditTrail audit;
    private final Clock clock;

    public Networks(Database db, AuthorityRegister authorities, Assessments assessments, Explorer explorer, AuditTrail audit, Clock clock) {
        this.repository = new NetworkRepository(db);
        this.authorities = authorities;
        this.assessments = assessments;
        this.explorer = explorer;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Network> networks() {
        return repository.networks();
    }

    public Network network(long id) {
        return repository.network(id).orElseThrow(() -> new NotFound("Network not found", "There is no benchmarking network " + id));
    }

    /** The networks an authority belongs to. */
    public List<Network> networksOf(String code) {
        return networks().stream().filter(n -> n.hasMember(code)).toList();
    }

    /**
     * Starts a network. Convened by an authority (which becomes its first member, and whose admins
     * manage it), or by the installation (convenor null).
     */
    public Network create(Actor actor, String convenor, String name, String description, List<String> members) {
        List<FieldError> errors = new ArrayList<>();
        String title = name == null ? "" : name.strip();
        if (title.isEmpty() || title.length() > 200) {
            errors.add(new FieldError("name", "Give the network a name of up to 200 characters"));
        } else if (repository.named(title, -1)) {
            errors.add(new FieldError("name", "There is already a network called " + title));
        }
        if (description != null && description.length() > 2000) {
            errors.add(new FieldError("description", "Describe the network in up to 2,000 characters"));
        }
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        if (convenor != null) {
            codes.add(council(convenor, "authority", errors));
        }
        List<String> given = members == null ? List.of() : members;
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) != null && !given.get(i).isBlank()) {
                String code = council(given.get(i), "members[" + (i + 1) + "]", errors);
                if (code != null) {
                    codes.add(code);
                }
            }
        }
        codes.remove(null);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        long id = repository.db().transaction(tx -> {
            long created = repository.insert(tx, title, description == null || description.isBlank() ? null : description.strip(),
                    convenor == null ? null : codes.iterator().next(), List.copyOf(codes), LocalDateTime.now(clock));
            audit.record(tx, actor, convenor == null ? null : codes.iterator().next(), "network", String.valueOf(created), "create", null,
                    Map.of("name", title, "members", List.copyOf(codes)));
            return created;
        });
        explorer.groupsChanged();
        return network(id);
    }

    private String council(String text, String field, List<FieldError> errors) {
        String code = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        if (code.isEmpty()) {
            errors.add(new FieldError(field, "Enter the council's ONS code"));
            return null;
        }
        Optional<Authority> a = OnsCode.isValid(code) ? authorities.get(OnsCode.parse(code)) : Optional.empty();
        if (a.isEmpty() || !a.get().type().isCouncil() || !a.get().isCurrent()) {
            errors.add(new FieldError(field, "'" + shortened(text) + "' is not the ONS code of a current council in the register"));
            return null;
        }
        return a.get().code().value();
    }

    /** Checks that {@code by} may manage the network: the installation (null) always, else the convening authority's admins. */
    private Network managed(long id, String by) {
        Network n = network(id);
        if (by != null && !by.equals(n.convenor())) {
            throw new Invalid("authority", "only the convening council's admins, or the installation admin, manage " + n.name());
        }
        return n;
    }

    private Network membership(long id, String code) {
        Network n = network(id);
        if (!n.hasMember(code)) {
            throw new Invalid("authority", code + " is not a member of " + n.name());
        }
        return n;
    }

    public Network addMember(Actor actor, long id, String by, String code) {
        Network n = managed(id, by);
        List<FieldError> errors = new ArrayList<>();
        String member = council(code, "member", errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        if (n.hasMember(member)) {
            throw new Invalid("member", member + " is already a member of " + n.name());
        }
        repository.db().transaction(tx -> {
            repository.addMember(tx, id, member, LocalDateTime.now(clock));
            audit.record(tx, actor, member, "network_member", id + ":" + member, "create", null, Map.of("network", n.name()));
            return null;
        });
        explorer.groupsChanged();
        return network(id);
    }

    /** Takes a member out: the convenor's admins or the installation may; so may the member's own admins (it leaves). */
    public Network removeMember(Actor actor, long id, String by, String code) {
        Network n = by != null && by.equals(code) ? membership(id, code) : managed(id, by);
        if (!n.hasMember(code)) {
            throw new Invalid("member", code + " is not a member of " + n.name());
        }
        if (code.equals(n.convenor())) {
            throw new Invalid("member", "The convening council cannot leave " + n.name() + "; delete the network instead");
        }
        repository.db().transaction(tx -> {
            repository.removeMember(tx, id, code);
            audit.record(tx, actor, code, "network_member", id + ":" + code, "delete", Map.of("network", n.name()), null);
            return null;
        });
        explorer.groupsChanged();
        return network(id);
    }

    /**
     * Renames the network or changes its description, made from {@code version} of it (null: whatever
     * is stored); refused with {@link EditedMeanwhile}, and nothing changed, when someone saved it after
     * that version. Only its managers (see {@link #managed}) may.
     */
    public Network update(Actor actor, long id, String by, String name, String description, Integer version) {
        Network before = managed(id, by);
        List<FieldError> errors = new ArrayList<>();
        String title = name == null ? "" : name.strip();
        if (title.isEmpty() || title.length() > 200) {
            errors.add(new FieldError("name", "Give the network a name of up to 200 characters"));
        } else if (repository.named(title, id)) {
            errors.add(new FieldError("name", "There is already a network called " + title));
        }
        String about = description == null || description.isBlank() ? null : description.strip();
        if (about != null && about.length() > 2000) {
            errors.add(new FieldError("description", "Describe the network in up to 2,000 characters"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        Optional<RowStamp> lost = repository.db().transaction(tx -> {
            Optional<RowStamp> stored = repository.update(tx, id, title, about, version, actor.displayName(), LocalDateTime.now(clock));
            if (stored.isEmpty()) {
                audit.record(tx, actor, before.convenor(), "network", String.valueOf(id), "update", described(before.name(), before.description()),
                        described(title, about));
            }
            return stored;
        });
        if (lost.isPresent()) {
            throw new EditedMeanwhile("this network", lost.get().version(), lost.get().changedBy(), lost.get().changedAt(),
                    "\"" + network(id).name() + "\"");
        }
        explorer.groupsChanged();
        return network(id);
    }

    private static Map<String, Object> described(String name, String description) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("description", description);
        return map;
    }

    /** Deletes the network, with its memberships and everything shared with it; only its managers (see {@link #managed}) may. */
    public void delete(Actor actor, long id, String by) {
        managed(id, by);
        delete(actor, id);
    }

    public void delete(Actor actor, long id) {
        Network n = network(id);
        repository.db().transaction(tx -> {
            repository.delete(tx, id);
            audit.record(tx, actor, n.convenor(), "network", String.valueOf(id), "delete", Map.of("name", n.name()), null);
            return null;
        });
        explorer.groupsChanged();
    }

    /** A member opts in (or out) to show its published theme scores to the network. */
    public Network setSharing(Actor actor, long id, String code, boolean shares) {
        Network n = membership(id, code);
        repository.db().transaction(tx -> {
            repository.setSharing(tx, id, code, shares);
            audit.record(tx, actor, code, "network_member", id + ":" + code, "update", null, Map.of("network", n.name(), "sharesScores", shares));
            return null;
        });
        return network(id);
    }

    /** A member shares local data with the network before it is public; it is public from the embargo date. */
    public NetworkShare share(Actor actor, long id, String code, String title, String body, String embargoText) {
        membership(id, code);
        Shared shared = checkShare(title, body, embargoText, null);
        long shareId = repository.db().transaction(tx -> {
            long created = repository.share(tx, id, code, shared.title(), shared.body(), shared.embargo(), LocalDateTime.now(clock));
            audit.record(tx, actor, code, "network_share", String.valueOf(created), "create", null,
                    Map.of("network", id, "title", shared.title(), "embargoUntil", shared.embargo().toString()));
            return created;
        });
        return share(id, shareId);
    }

    /** One thing shared with the network. */
    public NetworkShare share(long id, long shareId) {
        network(id);
        return repository.shares(id).stream().filter(s -> s.id() == shareId).findFirst()
                .orElseThrow(() -> new NotFound("Shared item not found", "Nothing with id " + shareId + " is shared with this network"));
    }

    /**
     * Corrects what a member shared: only that member (its admins, or the installation admin acting
     * for it) may, from {@code version} of it (null: whatever is stored).
     */
    public NetworkShare updateShare(Actor actor, long id, String code, long shareId, String title, String body, String embargoText, Integer version) {
        NetworkShare before = sharedBy(id, code, shareId);
        Shared shared = checkShare(title, body, embargoText, before.embargoUntil());
        Optional<RowStamp> lost = repository.db().transaction(tx -> {
            Optional<RowStamp> stored = repository.updateShare(tx, shareId, shared.title(), shared.body(), shared.embargo(), version,
                    actor.displayName(), LocalDateTime.now(clock));
            if (stored.isEmpty()) {
                audit.record(tx, actor, code, "network_share", String.valueOf(shareId), "update",
                        Map.of("network", id, "title", before.title(), "embargoUntil", before.embargoUntil().toString()),
                        Map.of("network", id, "title", shared.title(), "embargoUntil", shared.embargo().toString()));
            }
            return stored;
        });
        if (lost.isPresent()) {
            throw new EditedMeanwhile("this shared item", lost.get().version(), lost.get().changedBy(), lost.get().changedAt(),
                    "\"" + share(id, shareId).title() + "\"");
        }
        return share(id, shareId);
    }

    /** Takes back what a member shared: only that member may. */
    public void deleteShare(Actor actor, long id, String code, long shareId) {
        NetworkShare before = sharedBy(id, code, shareId);
        repository.db().transaction(tx -> {
            repository.deleteShare(tx, shareId);
            audit.record(tx, actor, code, "network_share", String.valueOf(shareId), "delete",
                    Map.of("network", id, "title", before.title(), "embargoUntil", before.embargoUntil().toString()), null);
            return null;
        });
    }

    private NetworkShare sharedBy(long id, String code, long shareId) {
        NetworkShare share = share(id, shareId);
        if (!share.authority().equals(code)) {
            throw new NotAllowed("Only " + share.authorityName() + ", which shared \"" + shortened(share.title()) + "\", may change or remove it");
        }
        return share;
    }

    private record Shared(String title, String body, LocalDate embargo) {
    }

    /**
     * Checks what is shared. The embargo date is required: sharing here is sharing before publication,
     * so the member says when it becomes public (today's date makes it public at once). A date already
     * stored ({@code kept}) may stay as it is when it has passed.
     */
    private Shared checkShare(String title, String body, String embargoText, LocalDate kept) {
        List<FieldError> errors = new ArrayList<>();
        String heading = title == null ? "" : title.strip();
        if (heading.isEmpty() || heading.length() > 300) {
            errors.add(new FieldError("title", "Give what you share a title of up to 300 characters"));
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > 10_000) {
            errors.add(new FieldError("body", "Write what you share, in up to 10,000 characters"));
        }
        LocalDate embargo = null;
        if (embargoText == null || embargoText.isBlank()) {
            errors.add(new FieldError("embargo", "Enter the date from which everyone may see it, for example 31/12/2026"));
        } else {
            embargo = Dates.parse(embargoText).orElse(null);
            if (embargo == null) {
                errors.add(new FieldError("embargo", "'" + shortened(embargoText.strip()) + "' is not a date; write it as 31/12/2026"));
            } else if (!embargo.equals(kept) && (embargo.isBefore(LocalDate.now(clock)) || embargo.getYear() > 2100)) {
                errors.add(new FieldError("embargo", "The embargo date must be today or later, and before 2100"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new Shared(heading, text, embargo);
    }

    /**
     * What members shared that the viewer may see: everything public (embargo passed), and everything
     * when the viewer reads the data of one of the network's members.
     */
    public List<NetworkShare> shares(long id, Predicate<String> viewerReads) {
        Network n = network(id);
        boolean insider = n.members().stream().anyMatch(m -> viewerReads.test(m.code()));
        LocalDate today = LocalDate.now(clock);
        return repository.shares(id).stream().filter(s -> insider || s.public_(today)).toList();
    }

    /**
     * The published theme scores of the members that opted in, side by side: each member's latest
     * published assessment. Drafts, and members that did not opt in, are never shown.
     */
    public ThemeComparison themes(long id) {
        Network n = network(id);
        List<ThemeComparison.Column> columns = new ArrayList<>();
        List<AssessmentView> views = new ArrayList<>();
        List<String> notShown = new ArrayList<>();
        for (Network.Member m : n.members()) {
            if (!m.sharesScores()) {
                notShown.add(m.name() + " has not opted in to share its scores");
                continue;
            }
            Optional<Assessment> latest = assessments.forAuthority(OnsCode.parse(m.code())).stream()
                    .filter(a -> !a.deleted() && a.status().id().equals(PUBLISHED))
                    .max(Comparator.comparing(Assessment::period));
            if (latest.isEmpty()) {
                notShown.add(m.name() + " has no published self-assessment yet");
                continue;
            }
            AssessmentView view = assessments.view(latest.get().id());
            views.add(view);
            columns.add(new ThemeComparison.Column(m.code(), m.name(), latest.get().id(), latest.get().period().value(),
                    view.version().reference()));
        }
        Map<String, String> themes = new LinkedHashMap<>();
        views.forEach(v -> v.version().themes().stream().sorted(Comparator.comparingInt(Theme::position))
                .forEach(t -> themes.putIfAbsent(t.code(), t.name())));
        List<ThemeComparison.Row> rows = new ArrayList<>();
        themes.forEach((code, name) -> {
            List<ThemeComparison.Score> scores = new ArrayList<>();
            for (AssessmentView v : views) {
                ThemeComparison.Score score = v.themeScores().stream().filter(s -> s.themeCode().equals(code) && s.isScored()).findFirst()
                        .flatMap(s -> v.scale().level(s.levelCode()).map(l -> new ThemeComparison.Score(l.code(), l.label())))
                        .orElse(null);
                scores.add(score);
            }
            rows.add(new ThemeComparison.Row(code, name, scores));
        });
        return new ThemeComparison(columns, rows, notShown);
    }

    @Override
    public Optional<ComparisonGroup> group(String key, Authority focus) {
        if (!key.startsWith("network:")) {
            return Optional.empty();
        }
        String id = key.substring("network:".length());
        Network n = networks().stream().filter(x -> String.valueOf(x.id()).equals(id)).findFirst()
                .orElseThrow(() -> new Invalid("group", "there is no benchmarking network " + shortened(id)));
        return Optional.of(new ComparisonGroup(n.key(), n.name(), n.members().stream().map(m -> OnsCode.parse(m.code())).collect(Collectors.toSet())));
    }

    @Override
    public boolean standsAlone(String key) {
        return key.startsWith("network:");
    }

    @Override
    public Map<String, String> choices() {
        Map<String, String> choices = new LinkedHashMap<>();
        networks().forEach(n -> choices.put(n.key(), "Network: " + n.name()));
        return choices;
    }

    private static String shortened(String text) {
        return text == null ? "" : text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

}
