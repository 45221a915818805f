package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.bestvalue.Workbench;
import uk.bestvalue.assessment.Assessment;
import uk.bestvalue.assessment.AssessmentInput;
import uk.bestvalue.auth.Role;
import uk.bestvalue.store.Engine;
import uk.bestvalue.store.TestDatabases;

/**
 * Every route of the running application, for everyone who could call it: signed out, the
 * installation admin, and each role at the authority — on that authority's own data and on
 * another's. Nothing unpublished is read, nothing is changed, without the role; a route that
 * declares no requirement fails the test.
 */
class RouteAccessTest {
    private static final String OWN = "E07000135";
    private static final String OTHER = "E07000129";
    private static final Set<HandlerType> METHODS = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE);

    private static Workbench workbench;
    private static Javalin app;
    private static long ownAssessment;
    private static long otherAssessment;
    private static final Map<String, String> TOKENS = new LinkedHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        workbench = Workbench.on(TestDatabases.fresh(Engine.H2), TestApp.JUNE_2024);
        workbench.loadShippedData();
        ownAssessment = workbench.exchange().loadExampleIfAbsent().map(Assessment::id).orElseThrow();
        otherAssessment = workbench.assessments().create(uk.bestvalue.Actor.installation(), new AssessmentInput(OTHER, "best-value-standards/2024", "2024/25",
                "Another council's draft", "Chief Executive", "good-fair-poor", "theme", false, false)).id();
        TOKENS.put("installation admin", Users.adminToken(workbench));
        for (Role role : Role.values()) {
            String email = role.code() + "@test.invalid";
            Users.withRole(workbench, email, role, OWN);
            TOKENS.put(role.code(), Users.token(workbench, email, role, OWN));
        }
        app = Web.create(workbench).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
        if (workbench != null) {
            workbench.close();
        }
    }

    static List<Endpoint> routes(Javalin app) {
        return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream().map(p -> p.getEndpoint())
                .filter(e -> METHODS.contains(e.getMethod())).toList();
    }

    @Test
    void every_route_declares_what_it_requires() {
        List<String> undeclared = routes(app).stream()
                .filter(e -> e.getRoles().stream().noneMatch(Access.class::isInstance))
                .map(e -> e.getMethod() + " " + e.getPath()).toList();
        assertThat(undeclared).as("routes with no Access declared: add Access.PUBLIC, READ, EDIT, ... as the route's last argument")
                .isEmpty();
    }

    @Test
    void every_route_lets_in_exactly_who_its_requirement_names() throws Exception {
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (Endpoint route : routes(app)) {
            Access access = route.getRoles().stream().filter(Access.class::isInstance).map(Access.class::cast).findFirst()
                    .orElse(Access.INSTALLATION_ADMIN);
            for (String where : namesAnAuthority(route) ? List.of(OWN, OTHER) : List.of(OWN)) {
                for (String who : subjects()) {
                    cases++;
                    HttpResponse<String> response = send(route, where, TOKENS.get(who));
                    boolean expected = allowed(access, who, where.equals(OWN) || !namesAnAuthority(route));
                    boolean denied = denied(response);
                    if (response.statusCode() >= 500 || expected == denied) {
                        wrong.add(route.getMethod() + " " + route.getPath() + " (" + access + ") as " + who + " on "
                                + (where.equals(OWN) ? "own" : "other") + " authority: " + response.statusCode()
                                + (expected ? " but should be let in" : " but should be refused"));
                    }
                }
            }
        }
        System.out.println("Route access matrix: " + routes(app).size() + " routes, " + subjects().size() + " callers, " + cases + " cases");
        assertThat(wrong).isEmpty();
    }

    private static List<String> subjects() {
        List<String> subjects = new ArrayList<>();
        subjects.add("signed out");
        subjects.addAll(TOKENS.keySet());
        return subjects;
    }

    private static boolean namesAnAuthority(Endpoint route) {
        String path = route.getPath();
        return path.startsWith("/assessments/{id}") || path.startsWith("/api/v1/assessments") || path.contains("{code}");
    }

    static boolean allowed(Access access, String who, boolean own) {
        if (access == Access.PUBLIC) {
            return true;
        }
        if (who.equals("signed out")) {
            return false;
        }
        if (who.equals("installation admin") || access == Access.SIGNED_IN) {
            return true;
        }
        Role role = Role.of(who).orElseThrow();
        return switch (access) {
            case CONTRIBUTE -> role.edits();
            case READ -> own;
            case EDIT -> own && role.edits();
            case REVIEW -> own && (role.edits() || role == Role.REVIEWER);
            case ADMIN -> own && role == Role.AUTHORITY_ADMIN;
            default -> false;
        };
    }

    /** Refused by the gate: 401 or 403, or a page sending a signed-out browser to sign in. */
    private static boolean denied(HttpResponse<String> response) {
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        return status == 401 || status == 403 || (status == 303 && location.startsWith("/sign-in?next="));
    }

    private HttpResponse<String> send(Endpoint route, String authority, String token) throws Exception {
        boolean other = !authority.equals(OWN);
        String path = route.getPath()
                .replace("{code}", authority)
                .replace("{id}", route.getPath().contains("assessments/{id}") ? String.valueOf(other ? otherAssessment : ownAssessment) : "1")
                .replace("{theme}", "CI").replace("{criterion}", "CI-C1").replace("{evidenceId}", "1").replace("{actionId}", "1")
                .replace("{framework}", "best-value-standards").replace("{version}", "2024")
                .replaceAll("\\{[^}]+}", "1");
        if (route.getMethod() == HandlerType.GET && namesAnAuthority(route) && !route.getPath().contains("{")) {
            path += "?authority=" + authority; // a search narrowed to one authority
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        String json = "{\"authority\":\"" + authority + "\"}";
        boolean api = path.startsWith("/api/");
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString(api ? json : "authority=" + authority);
        request.header("Content-Type", api ? "application/json" : "application/x-www-form-urlencoded");
        switch (route.getMethod()) {
            case GET -> request.GET();
            case DELETE -> request.DELETE();
            default -> request.method(route.getMethod().name(), body);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
