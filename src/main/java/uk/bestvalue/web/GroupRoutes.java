package uk.bestvalue.web;

import de.siegmar.fastcsv.reader.CsvReader;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.bestvalue.Invalid;
import uk.bestvalue.explorer.Explorer;
import uk.bestvalue.explorer.SavedGroup;

/**
 * Saved comparison groups: made from a list of ONS codes on the page, in the API as JSON, or as a
 * CSV with an authority_code column.
 */
final class GroupRoutes {
    private final Explorer explorer;

    GroupRoutes(Explorer explorer) {
        this.explorer = explorer;
    }

    record GroupInput(String name, String description, List<String> members) {
    }

    void routes(Javalin app) {
        app.get("/api/v1/groups", ctx -> ctx.json(Map.of("items", explorer.groups().stream().map(GroupRoutes::json).toList())), Access.PUBLIC);
        app.post("/api/v1/groups", this::createFromApi, Access.SIGNED_IN);
        app.get("/groups", ctx -> page(ctx, Form.empty("group"), HttpStatus.OK), Access.PUBLIC);
        app.post("/groups", this::createFromPage, Access.SIGNED_IN);
    }

    private void createFromApi(Context ctx) {
        SavedGroup group;
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (type.startsWith("text/csv")) {
            List<String> codes = CsvReader.builder().ofNamedCsvRecord(ctx.body()).stream()
                    .map(r -> r.findField("authority_code").orElseThrow(() -> new Invalid("body", "the CSV needs an authority_code column")))
                    .toList();
            group = explorer.saveGroup(ctx.queryParam("name"), ctx.queryParam("description"), codes);
        } else {
            GroupInput input = Bodies.read(ctx, GroupInput.class);
            group = explorer.saveGroup(input.name(), input.description(), input.members());
        }
        ctx.status(HttpStatus.CREATED);
        ctx.header("Location", "/api/v1/groups");
        ctx.json(json(group));
    }

    private void createFromPage(Context ctx) {
        String text = ctx.formParam("members") == null ? "" : ctx.formParam("members");
        List<String> codes = Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
        try {
            explorer.saveGroup(ctx.formParam("name"), ctx.formParam("description"), codes);
            ctx.redirect("/groups", HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            page(ctx, Form.submitted("group", ctx, e.errors().stream()
                    .map(f -> new uk.bestvalue.FieldError(f.field().replaceAll("\\[.*$", ""), f.message())).toList()), HttpStatus.BAD_REQUEST);
        }
    }

    private void page(Context ctx, Form form, HttpStatus status) {
        ctx.status(status);
        ctx.render("groups.jte", Map.of("groups", explorer.groups(), "form", form));
    }

    static Map<String, Object> json(SavedGroup g) {
        return Map.of("id", g.id(), "key", g.key(), "name", g.name(), "description", g.description() == null ? "" : g.description(),
                "members", g.members().stream().map(m -> m.value()).toList());
    }

}
