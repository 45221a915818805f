package uk.bestvalue.bench;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import uk.bestvalue.Actor;
import uk.bestvalue.Workbench;
import uk.bestvalue.auth.NewAccount;
import uk.bestvalue.auth.NewToken;
import uk.bestvalue.auth.Role;
import uk.bestvalue.auth.Session;
import uk.bestvalue.web.Web;

/**
 * What signing in and authorisation cost: a password check (Argon2id) through the sign-in page, and
 * the same public page and API request timed signed out and signed in (session cookie, bearer
 * token). The difference is what finding the person, their roles and the route's requirement adds
 * to a request; the route's own work is the same in both.
 */
public final class AuthBenchmark {
    private static final String AUTHORITY = "E07000135";
    private final Workbench workbench;
    private final int samples;
    private final PrintWriter out;

    public AuthBenchmark(Workbench workbench, int samples, PrintWriter out) {
        this.workbench = workbench;
        this.samples = samples;
        this.out = out;
    }

    public List<Figure> run() throws Exception {
        workbench.loadShippedData();
        String email = "bench-" + System.nanoTime() + "@example.org";
        String password = workbench.accounts().generatePassword();
        workbench.accounts().add(new NewAccount(email, "Benchmark editor", password, false, false), Actor.installation());
        workbench.accounts().grant(email, AUTHORITY, Role.EDITOR, Actor.installation());
        NewToken token = workbench.tokens().create(email, AUTHORITY, Role.EDITOR, "benchmark", Actor.installation());
        List<Figure> figures = new ArrayList<>();
        io.javalin.Javalin server = Web.create(workbench).start("127.0.0.1", 0);
        try {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

            Latencies signIns = new Latencies(20);
            for (int i = 0; i < 20; i++) {
                long start = System.nanoTime();
                Session session = workbench.signIn().signIn(email, password, "127.0.0.1");
                signIns.add(System.nanoTime() - start);
                workbench.signIn().signOut(session.cookie());
            }
            figures.add(new Figure("sign-in password check p50", signIns.percentileMillis(50), "ms",
                    "Argon2id verify and session creation, 20 sign-ins"));
            out.printf("Sign-in (Argon2id verify + session): p50 %.1f ms, max %.1f ms%n", signIns.percentileMillis(50), signIns.percentileMillis(100));

            Session session = workbench.signIn().signIn(email, password, "127.0.0.1");
            String cookie = "bv_session=" + session.cookie();
            figures.addAll(pair(client, "page", base + "/authorities/" + AUTHORITY, cookie, null));
            figures.addAll(pair(client, "API", base + "/api/v1/authorities/" + AUTHORITY, null, "Bearer " + token.secret()));
        } finally {
            server.stop();
        }
        return figures;
    }

    /** Times the same URL signed out and signed in, alternating so that both see the same warm caches. */
    private List<Figure> pair(HttpClient client, String what, String url, String cookie, String bearer) throws Exception {
        HttpRequest anonymous = HttpRequest.newBuilder(URI.create(url)).GET().build();
        HttpRequest.Builder signed = HttpRequest.newBuilder(URI.create(url)).GET();
        if (cookie != null) {
            signed.header("Cookie", cookie);
        }
        if (bearer != null) {
            signed.header("Authorization", bearer);
        }
        HttpRequest identified = signed.build();
        for (int i = 0; i < Math.min(500, samples); i++) {
            send(client, anonymous);
            send(client, identified);
        }
        Latencies signedOut = new Latencies(samples);
        Latencies in = new Latencies(samples);
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            send(client, anonymous);
            signedOut.add(System.nanoTime() - start);
            start = System.nanoTime();
            send(client, identified);
            in.add(System.nanoTime() - start);
        }
        double overhead50 = in.percentileMillis(50) - signedOut.percentileMillis(50);
        out.printf("%s %s: signed out p50 %.3f ms p99 %.3f ms; signed in p50 %.3f ms p99 %.3f ms; authorisation adds %.3f ms at p50%n",
                what, url.replaceFirst("http://[^/]+", ""), signedOut.percentileMillis(50), signedOut.percentileMillis(99), in.percentileMillis(50),
                in.percentileMillis(99), overhead50);
        String note = samples + " requests each, " + url.replaceFirst("http://[^/]+", "");
        return List.of(new Figure(what + " signed out p50", signedOut.percentileMillis(50), "ms", note),
                new Figure(what + " signed in p50", in.percentileMillis(50), "ms", note),
                new Figure(what + " authorisation overhead p50", overhead50, "ms", "signed in minus signed out, " + note));
    }

    private static void send(HttpClient client, HttpRequest request) throws Exception {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
    }
}
