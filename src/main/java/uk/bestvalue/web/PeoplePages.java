package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;
import uk.bestvalue.auth.Accounts;
import uk.bestvalue.auth.NewAccount;
import uk.bestvalue.auth.Role;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.AuthorityRegister;

/**
 * An authority admin's page of who holds which role at the authority: give a role (creating the
 * account with a one-time password when the email is new) and take one away.
 */
final class PeoplePages {
    private final Accounts accounts;
    private final AuthorityRegister authorities;

    PeoplePages(Accounts accounts, AuthorityRegister authorities) {
        this.accounts = accounts;
        this.authorities = authorities;
    }

    void routes(Javalin app) {
        app.get("/authorities/{code}/people", ctx -> page(ctx, Form.empty("person"), null, HttpStatus.OK), Access.ADMIN);
        app.post("/authorities/{code}/people", this::grant, Access.ADMIN);
        app.post("/authorities/{code}/people/revoke", this::revoke, Access.ADMIN);
    }

    private void grant(Context ctx) {
        Authority authority = authorities.require(ctx.pathParam("code"));
        String email = ctx.formParam("email");
        String name = ctx.formParam("name");
        List<FieldError> errors = new ArrayList<>();
        Role role = Role.of(ctx.formParam("role")).orElse(null);
        if (role == null) {
            errors.add(new FieldError("role", "Select a role"));
        }
        boolean exists = email != null && !email.isBlank() && accounts.exists(email);
        if (!exists && (name == null || name.isBlank())) {
            errors.add(new FieldError("name", "Enter the person's name: there is no account with this email yet"));
        }
        String oneTimePassword = null;
        try {
            if (!errors.isEmpty()) {
                throw new Invalid(errors);
            }
            if (!exists) {
                oneTimePassword = accounts.generatePassword();
                accounts.add(new NewAccount(email, name, oneTimePassword, false, false), Actors.of(ctx));
            }
            accounts.grant(email, authority.code().value(), role, Actors.of(ctx));
        } catch (Invalid e) {
            page(ctx, Form.submitted("person", ctx, e.errors()), null, HttpStatus.BAD_REQUEST);
            return;
        }
        page(ctx, Form.empty("person"), oneTimePassword == null ? role.label() + " given to " + email.strip().toLowerCase()
                : "Account created for " + email.strip().toLowerCase() + " as " + role.label() + ". Give them this password, shown once: "
                + oneTimePassword, HttpStatus.OK);
    }

    private void revoke(Context ctx) {
        Authority authority = authorities.require(ctx.pathParam("code"));
        Role role = Role.of(ctx.formParam("role")).orElseThrow(() -> new Invalid("role", "Select a role"));
        accounts.revoke(ctx.formParam("email"), authority.code().value(), role, Actors.of(ctx));
        ctx.redirect("/authorities/" + authority.code().value() + "/people", HttpStatus.SEE_OTHER);
    }

    private void page(Context ctx, Form form, String done, HttpStatus status) {
        Authority authority = authorities.require(ctx.pathParam("code"));
        ctx.status(status);
        java.util.Map<String, Object> model = new java.util.HashMap<>();
        model.put("authority", authority);
        model.put("people", accounts.at(authority.code().value()));
        model.put("roles", List.of(Role.values()));
        model.put("form", form);
        model.put("done", done);
        ctx.render("people.jte", model);
    }
}
