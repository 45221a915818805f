package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;
import uk.bestvalue.explorer.Explorer;
import uk.bestvalue.explorer.ImportRequest;
import uk.bestvalue.explorer.ImportResult;
import uk.bestvalue.explorer.ValueProblem;
import uk.bestvalue.explorer.ValuesRejected;

/** The import page: upload a values file (CSV or .xlsx, long or wide), see what it did or every problem in it; the list of imports. */
final class ImportPages {
    private static final int SHOWN_PROBLEMS = 100;
    private static final int PREVIEW_ROWS = 20;

    private final Explorer explorer;

    ImportPages(Explorer explorer) {
        this.explorer = explorer;
    }

    void routes(Javalin app) {
        app.get("/imports", ctx -> page(ctx, Form.empty("import"), null, List.of(), HttpStatus.OK), Access.INSTALLATION_ADMIN);
        app.post("/imports", this::upload, Access.INSTALLATION_ADMIN);
    }

    private void upload(Context ctx) {
        UploadedFile file = ctx.uploadedFile("file");
        UploadedFile mapping = ctx.uploadedFile("mapping");
        UploadedFile recipe = ctx.uploadedFile("recipe");
        if (file == null || file.size() == 0) {
            page(ctx, Form.submitted("import", ctx, List.of(new FieldError("file", "Choose a CSV or .xlsx file to import"))), null, List.of(),
                    HttpStatus.BAD_REQUEST);
            return;
        }
        try (InputStream in = file.content()) {
            String mappingText = null;
            if (mapping != null && mapping.size() > 0) {
                try (InputStream m = mapping.content()) {
                    mappingText = new String(m.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            String recipeText = null;
            if (recipe != null && recipe.size() > 0) {
                try (InputStream r = recipe.content()) {
                    recipeText = new String(r.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            // Read from the part's temporary file into one array of its exact size: the one copy held in memory.
            byte[] content = in.readNBytes((int) Math.min(file.size(), Integer.MAX_VALUE - 8));
            if ("preview".equals(ctx.formParam("action"))) {
                if (recipeText == null) {
                    page(ctx, Form.submitted("import", ctx, List.of(new FieldError("recipe", "Choose a recipe to preview how it reads the file"))),
                            null, List.of(), HttpStatus.BAD_REQUEST);
                    return;
                }
                Map<String, Object> extra = Map.of("preview", explorer.preview(file.filename(), content, recipeText, PREVIEW_ROWS),
                        "previewOf", file.filename());
                page(ctx, Form.submitted("import", ctx, List.of()), null, List.of(), HttpStatus.OK, extra);
                return;
            }
            ImportResult result = explorer.importValues(Actors.of(ctx), new ImportRequest(file.filename(), content, blank(ctx.formParam("metric")),
                    "yes".equals(ctx.formParam("skipBadRows")), blank(ctx.formParam("source")), blank(ctx.formParam("licence")),
                    "web upload", null, mappingText, blank(ctx.formParam("sheet")), recipeText));
            if (result.rows() == 0 && !result.skipped().isEmpty()) {
                page(ctx, Form.submitted("import", ctx, List.of(new FieldError("file", file.filename() + ": every row was bad, so nothing was"
                        + " imported (" + result.summary() + "). The problems are listed below."))), null, result.skipped(), HttpStatus.BAD_REQUEST);
                return;
            }
            page(ctx, Form.empty("import"), result, result.skipped(), HttpStatus.OK);
        } catch (ValuesRejected e) {
            page(ctx, Form.submitted("import", ctx, List.of(new FieldError("file", file.filename() + " was not imported: "
                    + String.format("%,d", e.count()) + (e.count() == 1 ? " problem, listed below" : " problems, listed below")
                    + ". Nothing was changed."))), null, e.problems(), HttpStatus.BAD_REQUEST,
                    Map.of("problemCount", (int) Math.min(Integer.MAX_VALUE, e.count())));
        } catch (Invalid e) {
            page(ctx, Form.submitted("import", ctx, e.errors().stream().map(f -> new FieldError(
                    f.field().startsWith("mapping") ? "mapping" : f.field().startsWith("recipe") ? "recipe" : f.field().equals("sheet") ? "sheet"
                            : "file", (f.field().startsWith("recipe.") ? f.field().substring("recipe.".length()) + ": " : "") + f.message())).toList()), null,
                    List.of(), HttpStatus.BAD_REQUEST);
        } catch (IOException e) {
            page(ctx, Form.submitted("import", ctx, List.of(new FieldError("file", "The file could not be read; try again"))), null, List.of(),
                    HttpStatus.BAD_REQUEST);
        }
    }

    private void page(Context ctx, Form form, ImportResult result, List<ValueProblem> problems, HttpStatus status) {
        page(ctx, form, result, problems, status, Map.of());
    }

    private void page(Context ctx, Form form, ImportResult result, List<ValueProblem> problems, HttpStatus status, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("form", form);
        model.put("result", result);
        model.put("problems", problems.size() > SHOWN_PROBLEMS ? problems.subList(0, SHOWN_PROBLEMS) : problems);
        // Only the first problems of a very bad file are kept; the count is of all of them.
        model.putIfAbsent("problemCount", result != null ? (int) Math.min(Integer.MAX_VALUE, result.skippedCount()) : problems.size());
        model.put("imports", explorer.imports());
        model.put("metrics", explorer.metrics());
        ctx.status(status);
        ctx.render("imports.jte", model);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
