package dev.northstar.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The inbox pages over real HTTP with a signed-in session, as a browser without JavaScript sees them. */
@IntegrationTest
class InboxPagesIntegrationTests extends ApiTestSupport {

    ApiClient alice;
    String workspace;
    String product;
    String api;
    String pages;

    @BeforeEach
    void product() {
        alice = newUser("Alice");
        workspace = newWorkspace(alice, "Acme");
        product = newProduct(alice, workspace, "Calendar");
        api = "/api/v1/products/" + product + "/notes";
        pages = "/products/" + product + "/notes";
    }

    @Test
    void showsNoteTextEscapedOnInboxAndNotePage() {
        String id = ok(alice.post(
                        api,
                        Map.of(
                                "text",
                                "<script>alert('owned')</script> The reminder email arrives late",
                                "source",
                                "support",
                                "customer",
                                Map.of("name", "Rosa", "company", "<b>Bold</b> Ltd"),
                                "tags",
                                List.of("email"))))
                .get("id")
                .asString();
        Browser browser = signIn(alice);

        Page inbox = browser.get(pages);
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(inbox.body()).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
        assertThat(inbox.body()).contains("&lt;b&gt;Bold&lt;/b&gt; Ltd").doesNotContain("<b>Bold</b>");
        assertThat(inbox.body())
                .contains("type=\"search\"")
                .contains(pages + "/" + id)
                .contains("Support")
                .contains("email");

        Page note = browser.get(pages + "/" + id);
        assertThat(note.status()).isEqualTo(200);
        assertThat(note.body()).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
        assertThat(note.body())
                .contains("hx-get=\"" + pages + "/" + id + "/similar\"")
                .contains("hx-get=\"" + pages + "/" + id + "/highlights\"")
                .contains("hx-trigger=\"load\"")
                .contains("href=\"" + pages + "/" + id + "/similar\"");
        assertThat(note.body()).contains("Mark processed").contains("Archive").doesNotContain(">Reopen<");
        assertThat(note.body()).contains("name=\"version\" value=\"0\"").contains("Delete note");
    }

    @Test
    void answersOnlyTheResultsToHtmxAndTellsWhenNothingMatches() {
        ok(alice.post(api, Map.of("text", "Shared calendars load slowly")));
        ok(alice.post(api, Map.of("text", "Dark mode please")));
        Browser browser = signIn(alice);

        Page partial = browser.get(pages + "?q=calendars", Map.of("HX-Request", "true"));
        assertThat(partial.body()).contains("1 match, best first");
        assertThat(browser.get(pages).body()).contains("2 notes, newest first");
        assertThat(partial.body())
                .doesNotContain("<html")
                .contains("id=\"results\"")
                .contains("Shared calendars load slowly")
                .doesNotContain("Dark mode");
        Page full = browser.get(pages + "?q=calendars");
        assertThat(full.body())
                .contains("<html")
                .contains("Shared calendars load slowly")
                .doesNotContain("Dark mode please");

        Page none = browser.get(pages + "?q=kubernetes");
        assertThat(none.body()).contains("No notes match “kubernetes”");
        Page processed = browser.get(pages + "?state=processed");
        assertThat(processed.body()).contains("No notes match these filters");
    }

    @Test
    void pagesTheInboxKeepingTheFilters() {
        for (int i = 1; i <= 27; i++) {
            ok(alice.post(
                    api,
                    Map.of(
                            "text",
                            "Bulk note number " + i,
                            "tags",
                            List.of("bulk"),
                            "date",
                            "2025-01-" + String.format("%02d", i))));
        }
        ok(alice.post(api, Map.of("text", "Untagged note")));
        Browser browser = signIn(alice);
        Page first = browser.get(pages + "?tag=bulk");
        assertThat(first.body())
                .contains("Page 1 of 2")
                .contains("href=\"" + pages + "?tag=bulk&amp;page=1\"")
                .contains("Bulk note number 27")
                .doesNotContain("Bulk note number 2<")
                .doesNotContain("Untagged note");
        Page second = browser.get(pages + "?tag=bulk&page=1");
        assertThat(second.body())
                .contains("Page 2 of 2")
                .contains("Bulk note number 2<")
                .contains("Bulk note number 1<")
                .doesNotContain("Bulk note number 3<");
        assertThat(second.body().split("class=\"item\"", -1)).hasSize(3);
    }

    @Test
    void emptyInboxExplainsHowToAddOrImport() {
        Page empty = signIn(alice).get(pages);
        assertThat(empty.body())
                .contains("The inbox is empty")
                .contains("href=\"" + pages + "/new\"")
                .contains("href=\"" + pages + "/import\"");
    }

    @Test
    void addsNoteThroughTheFormAndReRendersMistakes() {
        Browser browser = signIn(alice);
        Page form = browser.get(pages + "/new");
        assertThat(form.body()).contains("value=\"" + java.time.LocalDate.now() + "\"");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("text", " ");
        fields.put("source", "interview");
        fields.put("name", "Kim");
        fields.put("company", "Vandelay");
        fields.put("revenue", "a lot");
        fields.put("date", "2025-13-01");
        fields.put("tags", "onboarding");
        Page wrong = browser.post(pages, fields, form.csrf());
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body())
                .contains("Text is required")
                .contains("is not an amount")
                .contains("is not a date")
                .contains("value=\"Vandelay\"")
                .contains("value=\"onboarding\"");

        fields.put("text", "Onboarding checklist is hard to find");
        fields.put("revenue", "12,000");
        fields.put("date", "2025-04-02");
        Page saved = browser.post(pages, fields, wrong.csrf());
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).startsWith(pages + "/");
        Page note = browser.get(saved.location());
        assertThat(note.body())
                .contains("Note added.")
                .contains("Onboarding checklist is hard to find")
                .contains("Kim, Vandelay")
                .contains("12,000");
        assertThat(ok(alice.get(api)).get("items").get(0).get("source").asString())
                .isEqualTo("interview");
    }

    @Test
    void staleEditKeepsWhatTheUserTyped() {
        String id = ok(alice.post(api, Map.of("text", "Week view is cramped")))
                .get("id")
                .asString();
        Browser browser = signIn(alice);
        Page note = browser.get(pages + "/" + id);
        ok(alice.patch(api + "/" + id, Map.of("version", 0, "text", "Week view is cramped on small laptops")));

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", "0");
        fields.put("text", "Week view wastes space on the left");
        fields.put("source", "other");
        Page stale = browser.post(pages + "/" + id, fields, note.csrf());
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body())
                .contains("Someone else saved this note")
                .contains("Week view wastes space on the left")
                .contains("Week view is cramped on small laptops")
                .contains("name=\"version\" value=\"1\"");
        assertThat(ok(alice.get(api + "/" + id)).get("text").asString())
                .isEqualTo("Week view is cramped on small laptops");

        Page resaved = browser.post(
                pages + "/" + id,
                Map.of("version", "1", "text", "Week view wastes space on the left", "source", "other"),
                stale.csrf());
        assertThat(resaved.status()).isEqualTo(302);
        assertThat(ok(alice.get(api + "/" + id)).get("text").asString())
                .isEqualTo("Week view wastes space on the left");
    }

    @Test
    void triagesAndDeletesFromTheNotePage() {
        String id = ok(alice.post(api, Map.of("text", "Time zone picker is slow")))
                .get("id")
                .asString();
        Browser browser = signIn(alice);
        Page note = browser.get(pages + "/" + id);
        Page moved = browser.post(pages + "/" + id + "/state", Map.of("state", "processed"), note.csrf());
        assertThat(moved.status()).isEqualTo(302);
        Page after = browser.get(pages + "/" + id);
        assertThat(after.body()).contains("Note marked processed.").contains(">Reopen<");
        assertThat(ok(alice.get(api + "/" + id)).get("state").asString()).isEqualTo("processed");

        Page deleted = browser.post(pages + "/" + id + "/delete", Map.of(), after.csrf());
        assertThat(deleted.location()).isEqualTo(pages);
        assertThat(browser.get(pages).body()).contains("Note deleted.");
        assertThat(alice.get(api + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void viewerSeesNoChangeButtonsAndIsRefusedOnPost() {
        ApiClient viewer = newUser("Victor");
        addMember(alice, workspace, viewer, "VIEWER");
        String id = ok(alice.post(api, Map.of("text", "Agenda notes vanish")))
                .get("id")
                .asString();
        Browser browser = signIn(viewer);

        Page inbox = browser.get(pages);
        assertThat(inbox.body()).contains("Agenda notes vanish").doesNotContain("href=\"" + pages + "/new\"");
        Page note = browser.get(pages + "/" + id);
        assertThat(note.body())
                .contains("Agenda notes vanish")
                .doesNotContain("Mark processed")
                .doesNotContain("Delete note")
                .doesNotContain("name=\"version\"");

        assertThat(browser.post(pages, Map.of("text", "sneaky"), note.csrf()).status())
                .isEqualTo(403);
        assertThat(browser.post(pages + "/" + id + "/state", Map.of("state", "archived"), note.csrf())
                        .status())
                .isEqualTo(403);
        assertThat(ok(alice.get(api)).get("total").asInt()).isEqualTo(1);

        ApiClient stranger = newUser("Mallory");
        assertThat(signIn(stranger).get(pages + "/" + id).status()).isEqualTo(404);
    }

    // --- a cookie-keeping client that signs in through the login form, like a browser

    record Page(int status, String body, String location) {
        private static final Pattern CSRF = Pattern.compile(
                "name=\"_csrf\"\\s+(?:type=\"hidden\"\\s+)?value=\"([^\"]+)\"|<meta name=\"_csrf\" content=\"([^\"]+)\"");

        String csrf() {
            Matcher m = CSRF.matcher(body);
            assertThat(m.find()).as("a CSRF token on the page").isTrue();
            return m.group(1) != null ? m.group(1) : m.group(2);
        }
    }

    final class Browser {
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        Page get(String path) {
            return get(path, Map.of());
        }

        Page get(String path, Map<String, String> headers) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html")
                    .GET();
            headers.forEach(b::header);
            return send(b);
        }

        Page post(String path, Map<String, String> form, String csrf) {
            Map<String, String> all = new LinkedHashMap<>(form);
            all.put("_csrf", csrf);
            String body = all.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private Page send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                String location = r.headers()
                        .firstValue("Location")
                        .map(l -> l.replaceFirst("^https?://[^/]+", ""))
                        .orElse(null);
                return new Page(r.statusCode(), r.body(), location);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    Browser signIn(ApiClient who) {
        Browser browser = new Browser();
        Page login = browser.get("/login");
        Page done = browser.post("/login", Map.of("username", email(who), "password", PASSWORD), login.csrf());
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.location()).doesNotContain("error");
        return browser;
    }
}
