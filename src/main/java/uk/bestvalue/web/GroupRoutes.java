package uk.bestvalue.web;

import de.siegmar.fastcsv.reader.CsvReader;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.bestvalue.Invalid;
import uk.bestvalue.NotAllowed;
import uk.bestvalue.auth.Identity;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.AuthorityQuery;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.authority.AuthorityStatus;
import uk.bestvalue.explorer.Explorer;
import uk.bestvalue.explorer.SavedGroup;

/**
 * Saved comparison groups: made from a list of ONS codes on the page, in the API as JSON, or as a
 * CSV with an authority_code column.
 */
final class GroupRoutes {
    private final Explorer explorer;
    private final AuthorityRegister authorities;

    GroupRoutes(Explorer explorer, AuthorityRegister authorities) {
        this.explorer = explorer;
        this.authorities = authorities;
    }

    /** A group as the API takes it; {@code authority} is the council it belongs to (see {@link #owner}). */
    record GroupInput(String name, String description, List<String> members, Integer version, String authority) {
    }

    void routes(Javalin app) {
        app.get("/api/v1/groups", ctx -> ctx.json(Map.of("items", explorer.groups().stream().map(GroupRoutes::json).toList())), Access.PUBLIC);
        app.post("/api/v1/groups", this::createFromApi, Access.CONTRIBUTE);
        app.get("/groups", ctx -> page(ctx, Form.empty("group"), HttpStatus.OK), Access.PUBLIC);
        app.post("/groups", this::createFromPage, Access.CONTRIBUTE);
        app.put("/api/v1/groups/{groupId}", ctx -> {
            GroupInput input = Bodies.read(ctx, GroupInput.class);
            requireMayChange(ctx, explorer.group(groupId(ctx)));
            ctx.json(json(explorer.updateGroup(Actors.of(ctx), groupId(ctx), input.name(), input.description(), input.members(), input.version())));
        }, Access.CONTRIBUTE);
        app.delete("/api/v1/groups/{groupId}", ctx -> {
            requireMayChange(ctx, explorer.group(groupId(ctx)));
            explorer.deleteGroup(Actors.of(ctx), groupId(ctx));
            ctx.status(HttpStatus.NO_CONTENT);
        }, Access.CONTRIBUTE);
        app.get("/groups/{groupId}", ctx -> editPage(ctx, null, HttpStatus.OK), Access.PUBLIC);
        app.post("/groups/{groupId}", this::updateFromPage, Access.CONTRIBUTE);
        app.post("/groups/{groupId}/delete", ctx -> {
            requireMayChange(ctx, explorer.group(groupId(ctx)));
            explorer.deleteGroup(Actors.of(ctx), groupId(ctx));
            ctx.redirect("/groups?saved=deleted", HttpStatus.SEE_OTHER);
        }, Access.CONTRIBUTE);
    }

    /**
     * The council a new group belongs to: the one asked for, which the caller must edit at; when none
     * is asked for, the only council the caller edits at, or none (a group for everyone) for the
     * installation admin.
     */
    private String owner(Context ctx, String requested) {
        Identity who = WorkflowApi.caller(ctx);
        String code = requested == null || requested.isBlank() ? null : requested.strip().toUpperCase(java.util.Locale.ROOT);
        if (code == null) {
            if (who.installationAdmin()) {
                return null;
            }
            List<String> mine = who.editedAuthorities();
            if (mine.size() == 1) {
                return mine.get(0);
            }
            throw new Invalid("authority", "Choose the council the group belongs to: one of " + String.join(", ", mine));
        }
        if (!code.matches("[EWSN][0-9]{8}") || authorities.get(new uk.bestvalue.authority.OnsCode(code)).isEmpty()) {
            throw new Invalid("authority", "'" + (code.length() > 20 ? code.substring(0, 20) + "…" : code) + "' is not a council in the register");
        }
        if (!who.edits(code)) {
            throw new NotAllowed("Your account (" + who.email() + ") may not save groups for " + ownerName(code));
        }
        return code;
    }

    /** A group is changed by the installation admin, or by an editor or admin of the council it belongs to. */
    private void requireMayChange(Context ctx, SavedGroup group) {
        Identity who = WorkflowApi.caller(ctx);
        if (!mayChange(who, group)) {
            throw new NotAllowed(group.owner() == null
                    ? "Only the installation admin may change \"" + group.name() + "\", which is kept for everyone"
                    : "Only an editor or admin of " + ownerName(group.owner()) + " may change \"" + group.name() + "\"");
        }
    }

    private static boolean mayChange(Identity who, SavedGroup group) {
        return who != null && (who.installationAdmin() || group.owner() != null && who.edits(group.owner()));
    }

    private String ownerName(String code) {
        return code == null ? "everyone (kept by the installation admin)"
                : authorities.get(new uk.bestvalue.authority.OnsCode(code)).map(Authority::name).orElse(code);
    }

    private static long groupId(Context ctx) {
        return Bodies.id(ctx, "groupId", "Group");
    }

    private static List<String> codes(Context ctx) {
        String text = ctx.formParam("members") == null ? "" : ctx.formParam("members");
        return Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }

    private void updateFromPage(Context ctx) {
        requireMayChange(ctx, explorer.group(groupId(ctx)));
        try {
            explorer.updateGroup(Actors.of(ctx), groupId(ctx), ctx.formParam("name"), ctx.formParam("description"), codes(ctx), Form.version(ctx));
            ctx.redirect("/groups/" + groupId(ctx) + "?saved=yes", HttpStatus.SEE_OTHER);
        } catch (uk.bestvalue.EditedMeanwhile e) {
            editPage(ctx, Form.edited("group", ctx, e), HttpStatus.CONFLICT);
        } catch (Invalid e) {
            editPage(ctx, Form.submitted("group", ctx, e.errors().stream()
                    .map(f -> new uk.bestvalue.FieldError(f.field().replaceAll("\\[.*$", ""), f.message())).toList()), HttpStatus.BAD_REQUEST);
        }
    }

    private void editPage(Context ctx, Form submitted, HttpStatus status) {
        SavedGroup group = explorer.group(groupId(ctx));
        Form form = submitted != null ? submitted : new Form("group", Map.of("name", List.of(group.name()),
                "description", group.description() == null ? List.of() : List.of(group.description()),
                "members", List.of(String.join("\n", group.members().stream().map(m -> m.value()).toList()))), List.of());
        Map<String, Object> model = new java.util.HashMap<>(Map.of("group", group, "form", form, "authorities", choices(),
                "names", names(group), "mayChange", mayChange(Gate.identity(ctx).orElse(null), group), "ownerName", ownerName(group.owner())));
        model.put("saved", "yes".equals(ctx.queryParam("saved")) ? "The group has been saved" : null);
        ctx.status(status);
        ctx.render("group-edit.jte", model);
    }

    private List<Authority> choices() {
        return authorities.find(new AuthorityQuery(null, null, null, AuthorityStatus.ALL));
    }

    private List<String> names(SavedGroup group) {
        return group.members().stream().map(code -> authorities.get(code).map(Authority::name).orElse(code.value())).toList();
    }

    private void createFromApi(Context ctx) {
        SavedGroup group;
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (type.startsWith("text/csv")) {
            List<String> codes = CsvReader.builder().ofNamedCsvRecord(ctx.body()).stream()
                    .map(r -> r.findField("authority_code").orElseThrow(() -> new Invalid("body", "the CSV needs an authority_code column")))
                    .toList();
            group = explorer.saveGroup(Actors.of(ctx), owner(ctx, ctx.queryParam("authority")), ctx.queryParam("name"),
                    ctx.queryParam("description"), codes);
        } else {
            GroupInput input = Bodies.read(ctx, GroupInput.class);
            group = explorer.saveGroup(Actors.of(ctx), owner(ctx, input.authority()), input.name(), input.description(), input.members());
        }
        ctx.status(HttpStatus.CREATED);
        ctx.header("Location", "/api/v1/groups");
        ctx.json(json(group));
    }

    private void createFromPage(Context ctx) {
        String text = ctx.formParam("members") == null ? "" : ctx.formParam("members");
        List<String> codes = Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
        try {
            explorer.saveGroup(Actors.of(ctx), owner(ctx, ctx.formParam("authority")), ctx.formParam("name"), ctx.formParam("description"), codes);
            ctx.redirect("/groups?saved=yes", HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            page(ctx, Form.submitted("group", ctx, e.errors().stream()
                    .map(f -> new uk.bestvalue.FieldError(f.field().replaceAll("\\[.*$", ""), f.message())).toList()), HttpStatus.BAD_REQUEST);
        }
    }

    private void page(Context ctx, Form form, HttpStatus status) {
        ctx.status(status);
        Identity who = Gate.identity(ctx).orElse(null);
        List<Authority> owners = who == null ? List.of() : (who.installationAdmin() ? choices().stream().filter(Authority::isCurrent).toList()
                : who.editedAuthorities().stream().flatMap(code -> authorities.get(new uk.bestvalue.authority.OnsCode(code)).stream()).toList());
        Map<String, Object> model = new java.util.HashMap<>(Map.of("groups", explorer.groups(), "form", form, "authorities", choices(),
                "owners", owners, "mayCreate", who != null && who.editsAnywhere(), "everyone", who != null && who.installationAdmin()));
        Map<String, String> ownerNames = new java.util.HashMap<>();
        explorer.groups().forEach(g -> ownerNames.put(String.valueOf(g.id()), ownerName(g.owner())));
        model.put("ownerNames", ownerNames);
        model.put("saved", "deleted".equals(ctx.queryParam("saved")) ? "The group has been deleted"
                : "yes".equals(ctx.queryParam("saved")) ? "The group has been saved" : null);
        ctx.render("groups.jte", model);
    }

    static Map<String, Object> json(SavedGroup g) {
        Map<String, Object> json = new java.util.LinkedHashMap<>(Map.of("id", g.id(), "key", g.key(), "name", g.name(),
                "description", g.description() == null ? "" : g.description(), "members", g.members().stream().map(m -> m.value()).toList(),
                "version", g.version()));
        json.put("authority", g.owner());
        return json;
    }

}
