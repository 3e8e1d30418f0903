import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Northstar's discovery benchmarks against a running server (see bench/run.sh, which starts one on a
 * fresh data directory). Builds a product with N notes through the CSV import, then measures search,
 * similar notes, themes and the inbox page, and prints Markdown rows for bench/RESULTS.md.
 *
 * java bench/Bench.java <baseUrl> <email> <password> <notes> [import]
 * (with "import" it stops after the CSV import; bench/import.sh uses that)
 */
public class Bench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static String base;
    static String auth;
    static final List<String> ROWS = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        base = args[0];
        String email = args[1];
        String password = args[2];
        int n = Integer.parseInt(args[3]);
        String basic = "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        String token = field(send(req("/api/v1/tokens").header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\"}")), 201), "token");
        auth = "Bearer " + token;
        String ws = field(post("/api/v1/workspaces", "{\"name\":\"Bench\"}", 201), "id");
        String product = field(post("/api/v1/workspaces/" + ws + "/products", "{\"name\":\"Bench " + n + "\"}", 201), "id");

        String csv = generate(n, new Random(7));
        long t0 = System.nanoTime();
        send(req("/api/v1/products/" + product + "/notes/import").header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)), 200, 201);
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        row("CSV import of " + n + " rows (one request, all or nothing)", String.format(Locale.ROOT, "%.0f rows/s (%.1f s)", n / importSeconds, importSeconds), "≥ 20 000 rows/s");
        if (args.length > 4 && args[4].equals("import")) {
            return;
        }

        // the embedding worker fills vectors in behind the import; the latencies below are measured once
        // it is done, so they show the steady state rather than a machine busy embedding
        long e0 = System.nanoTime();
        waitForEmbeddings(product, n);
        double embedSeconds = (System.nanoTime() - e0) / 1e9 + importSeconds;
        row("Embeddings filled in behind the import", String.format(Locale.ROOT, "%.0f s for %d notes (%.1f ms a note)", embedSeconds, n, embedSeconds * 1000 / n), "off the request path");

        // themes first: computing them is the heaviest background work, and the latencies below are
        // meant for a machine at rest
        long th0 = System.nanoTime();
        post("/api/v1/products/" + product + "/themes/recompute", "{}", 200, 202);
        double themeSeconds = (System.nanoTime() - th0) / 1e9;
        String themes = get("/api/v1/products/" + product + "/themes");
        row("Themes for the whole inbox (" + n + " notes)", String.format(Locale.ROOT, "%.1f s, %s themes", themeSeconds, field(themes, "total")), "≤ 30 s");


        // search: a spread of one- to three-word queries, after a warm-up
        String[] queries = {"outlook sync", "time zone", "mobile widget", "slack status", "round robin booking", "focus time",
            "recurring meeting", "sso scim", "price per seat", "dark mode", "screen reader", "zoom link", "invoice", "onboarding", "duplicate events"};
        measure("warm-up", 200, i -> get("/api/v1/products/" + product + "/notes?size=20&q=" + enc(queries[i % queries.length])));
        row("Search p95 (" + n + " notes, 20 best matches)", ms(measure("search", 500, i -> get("/api/v1/products/" + product + "/notes?size=20&q=" + enc(queries[i % queries.length])))), "≤ 20 ms");

        // inbox page, server-rendered, first pages newest first
        String cookie = session(email, password);
        measure("warm-up", 50, i -> page("/products/" + product + "/notes?page=" + (i % 5), cookie));
        row("Inbox page p95 (HTML, 50 notes a page)", ms(measure("inbox", 300, i -> page("/products/" + product + "/notes?page=" + (i % 20), cookie))), "≤ 50 ms");

        List<String> ids = ids(get("/api/v1/products/" + product + "/notes?size=200"));
        // similar notes
        measure("warm-up", 100, i -> get("/api/v1/products/" + product + "/notes/" + ids.get(i % ids.size()) + "/similar?limit=10"));
        row("Similar notes p95 (10 best of " + n + ")", ms(measure("similar", 500, i -> get("/api/v1/products/" + product + "/notes/" + ids.get((i * 7) % ids.size()) + "/similar?limit=10"))), "≤ 50 ms");

        System.out.println();
        System.out.println("| measure | result | target |");
        System.out.println("|---|---|---|");
        ROWS.forEach(System.out::println);
    }

    // ---- data ----------------------------------------------------------------------------

    static final String[] OPENERS = {"", "Honestly, ", "Quick note: ", "Again: ", "From the call: ", "Customer says ", "FYI ", "Ticket summary: "};
    static final String[] TOPICS = {
        "events created in Outlook take twenty minutes to appear in the team view",
        "meetings from my Google calendar show up twice after every sync",
        "scheduling across time zones is confusing because the picker shows my local time only",
        "the mobile app needs a home screen widget with today's meetings",
        "our Slack status should switch to busy while I am in a meeting",
        "sales needs round robin booking links that spread demos across the team",
        "there is no way to protect focus time from being booked over",
        "editing one occurrence of a recurring meeting changes the whole series",
        "we need SSO and SCIM provisioning before security will approve a rollout",
        "paying per seat for people who only view the calendar feels unfair",
        "managers want a report of meeting load per person each week",
        "the calendar grid cannot be navigated with the keyboard or a screen reader",
        "new teammates did not understand how shared calendars differ from personal ones",
        "I love how clean and fast the week view is",
        "please add a dark mode, the white grid is harsh at night",
        "out of office days should decline invites automatically",
        "Zoom links are not added when I book from the scheduling page",
        "the invoice does not show the VAT number we entered",
    };
    static final String[] CLOSERS = {"", " This blocks us.", " Would pay more for it.", " Happens every day.", " Not urgent.", " Our admins asked again.", " Please fix soon."};
    static final String[] SOURCES = {"interview", "survey", "support", "sales", "review", "in-app", "other"};
    static final String[] SEGMENTS = {"Startup", "SMB", "Mid-market", "Enterprise", "Education", "Agency"};
    static final String[] TAGS = {"sync", "timezones", "mobile", "slack", "booking", "focus", "recurring", "admin", "pricing", "reporting", "a11y", "onboarding", "praise", "ui", "ooo", "integrations", "billing"};

    static String generate(int n, Random r) {
        StringBuilder sb = new StringBuilder(n * 160).append("text,source,customer,company,segment,date,tags\n");
        LocalDate start = LocalDate.of(2025, 11, 1);
        for (int i = 0; i < n; i++) {
            int topic = r.nextInt(TOPICS.length);
            String text = OPENERS[r.nextInt(OPENERS.length)] + TOPICS[topic] + CLOSERS[r.nextInt(CLOSERS.length)] + " (#" + i + ")";
            sb.append('"').append(text.replace("\"", "\"\"")).append('"').append(',')
                    .append(SOURCES[r.nextInt(SOURCES.length)]).append(',')
                    .append("Customer ").append(r.nextInt(5000)).append(',')
                    .append("Company ").append(r.nextInt(800)).append(',')
                    .append(SEGMENTS[r.nextInt(SEGMENTS.length)]).append(',')
                    .append(start.plusDays(r.nextInt(385))).append(',')
                    .append('"').append(TAGS[topic % TAGS.length]).append(';').append(TAGS[r.nextInt(TAGS.length)]).append('"').append('\n');
        }
        return sb.toString();
    }

    // ---- measuring -------------------------------------------------------------------------

    interface Call {
        void run(int i) throws Exception;
    }

    static double[] measure(String label, int times, Call call) throws Exception {
        double[] ms = new double[times];
        for (int i = 0; i < times; i++) {
            long t = System.nanoTime();
            call.run(i);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    static String ms(double[] sorted) {
        double p50 = sorted[(int) (sorted.length * 0.50)];
        double p95 = sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
        return String.format(Locale.ROOT, "%.1f ms (p50 %.1f ms, %d requests)", p95, p50, sorted.length);
    }

    static void row(String what, String result, String target) {
        String line = "| " + what + " | " + result + " | " + target + " |";
        System.out.println(line);
        ROWS.add(line);
    }

    static void waitForEmbeddings(String product, int n) throws Exception {
        while (true) {
            String status = get("/api/v1/products/" + product + "/notes/embeddings");
            long pending = Long.parseLong(field(status, "pending"));
            if (pending == 0) {
                return;
            }
            System.out.println("  embeddings pending: " + pending);
            Thread.sleep(10_000);
        }
    }

    // ---- http --------------------------------------------------------------------------------

    static HttpRequest.Builder req(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10));
    }

    static String get(String path) throws IOException, InterruptedException {
        return send(req(path).header("Authorization", auth).GET(), 200);
    }

    static String post(String path, String json, int... ok) throws IOException, InterruptedException {
        return send(req(path).header("Authorization", auth).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)), ok);
    }

    static String page(String path, String cookie) throws IOException, InterruptedException {
        return send(req(path).header("Cookie", cookie).GET(), 200);
    }

    static String send(HttpRequest.Builder request, int... ok) throws IOException, InterruptedException {
        if (request.build().headers().firstValue("Authorization").isEmpty() && auth != null && request.build().headers().firstValue("Cookie").isEmpty()) {
            request.header("Authorization", auth);
        }
        HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (int code : ok) {
            if (r.statusCode() == code) {
                return r.body();
            }
        }
        throw new IllegalStateException(r.statusCode() + " from " + request.build().uri() + ": " + r.body().substring(0, Math.min(500, r.body().length())));
    }

    /** Signs in through the login form and returns the session cookie. */
    static String session(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> login = HTTP.send(req("/login").GET().build(), HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> r = HTTP.send(req("/login").header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return r.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElse(cookie);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json.substring(0, Math.min(300, json.length())));
        }
        return m.group(1);
    }

    static List<String> ids(String json) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(json);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
