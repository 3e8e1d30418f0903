package dev.northstar.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ThemesIntegrationTests extends MeaningTestSupport {

    static final Map<String, List<String>> TOPICS = Map.of(
            "sync",
                    List.of(
                            "Events from Outlook take ages to show up in the calendar",
                            "My Google Calendar meetings do not sync until the next morning",
                            "Calendar sync with Exchange keeps failing for recurring meetings",
                            "New meetings I create on my phone never appear in the desktop calendar",
                            "The calendar integration with Office 365 drops events silently"),
            "billing",
                    List.of(
                            "I was charged twice for the annual plan this month",
                            "The invoice shows the wrong VAT number for our company",
                            "Please let us pay the invoice by bank transfer instead of credit card",
                            "Our billing address cannot be changed after the first invoice",
                            "Billing charged the full price again after we cancelled"),
            "mobile",
                    List.of(
                            "The mobile app crashes when I open it on Android",
                            "iPhone app freezes on the login screen after the update",
                            "The Android app drains my battery in the background",
                            "Mobile app is very slow to load on older iPhones",
                            "The mobile app logs me out on my Android tablet every day"));

    /** Words of which a topic's theme label should name at least one. */
    static final Map<String, Set<String>> NAMES = Map.of(
            "sync", Set.of("calendar", "sync", "meetings", "events"),
            "billing", Set.of("invoice", "billing", "charged"),
            "mobile", Set.of("app", "mobile", "android", "iphone"));

    @Autowired
    ThemeScheduler scheduler;

    Map<UUID, String> addTopics(String product) {
        Map<UUID, String> topicOf = new HashMap<>();
        TOPICS.forEach((topic, texts) -> texts.forEach(t -> topicOf.put(note(product, t), topic)));
        return topicOf;
    }

    @Test
    void groupsNotesOnClearTopicsIntoThemesNamedAfterThem() {
        ApiClient alice = newUser("Alice");
        String product = newProduct(alice, newWorkspace(alice, "Acme"), "Calendar");
        Map<UUID, String> topicOf = addTopics(product);
        awaitEmbeddings();

        JsonNode themes = ok(alice.post("/api/v1/products/" + product + "/themes/recompute", Map.of()));
        assertThat(themes.get("computedAt").isNull()).isFalse();
        assertThat(themes.get("notes").asInt()).isEqualTo(15);
        assertThat(themes.get("pending").asInt()).isZero();
        int total = 0;
        int previous = Integer.MAX_VALUE;
        Map<String, String> labelOfTopic = new HashMap<>();
        for (JsonNode theme : themes.get("items")) {
            int size = theme.get("size").asInt();
            assertThat(size).isLessThanOrEqualTo(previous);
            previous = size;
            total += size;
            assertThat(theme.get("keywords").size()).isPositive();
            assertThat(theme.get("examples").size()).isEqualTo(Math.min(3, size));
            JsonNode notes = ok(alice.get(
                    "/api/v1/products/" + product + "/themes/" + theme.get("id").asString() + "/notes?size=50"));
            assertThat(notes.get("total").asInt()).isEqualTo(size);
            Map<String, Integer> topics = new HashMap<>();
            notes.get("items")
                    .forEach(n ->
                            topics.merge(topicOf.get(UUID.fromString(n.get("id").asString())), 1, Integer::sum));
            String main = topics.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey();
            labelOfTopic.putIfAbsent(main, theme.get("label").asString().toLowerCase());
        }
        assertThat(total).isEqualTo(15);
        assertThat(themes.get("total").asInt())
                .isEqualTo(themes.get("items").size())
                .isBetween(3, 5);
        assertThat(labelOfTopic).containsOnlyKeys("sync", "billing", "mobile");
        labelOfTopic.forEach((topic, label) -> assertThat(NAMES.get(topic))
                .as(topic + " theme labelled " + label)
                .anyMatch(label::contains));

        assertThat(ok(alice.get("/api/v1/products/" + product + "/themes")).get("items"))
                .isEqualTo(themes.get("items"));
    }

    @Test
    void keepsAThemesIdWhenItComesBackTheSame() {
        ApiClient alice = newUser("Alice");
        String product = newProduct(alice, newWorkspace(alice, "Acme"), "Calendar");
        addTopics(product);
        awaitEmbeddings();
        List<String> first = new ArrayList<>();
        ok(alice.post("/api/v1/products/" + product + "/themes/recompute", Map.of()))
                .get("items")
                .forEach(t -> first.add(t.get("id").asString()));
        List<String> second = new ArrayList<>();
        ok(alice.post("/api/v1/products/" + product + "/themes/recompute", Map.of()))
                .get("items")
                .forEach(t -> second.add(t.get("id").asString()));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void recomputesInTheBackgroundAfterNotesArrive() throws InterruptedException {
        scheduler.debounce(Duration.ofMillis(300));
        try {
            ApiClient alice = newUser("Alice");
            String product = newProduct(alice, newWorkspace(alice, "Acme"), "Calendar");
            addTopics(product);
            awaitEmbeddings();
            long deadline = System.currentTimeMillis() + 30_000;
            JsonNode themes = ok(alice.get("/api/v1/products/" + product + "/themes"));
            // a computation may start while the last embeddings are still being stored; the one after them
            // (each stored batch asks for another) shows every topic
            while (themes.get("items").size() < 3 && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
                themes = ok(alice.get("/api/v1/products/" + product + "/themes"));
            }
            assertThat(themes.get("items").size()).isGreaterThanOrEqualTo(3);
        } finally {
            scheduler.debounce(Duration.ofSeconds(30));
        }
    }

    @Test
    void saysWhatToDoWhenTheInboxHasTooFewNotes() {
        ApiClient alice = newUser("Alice");
        String product = newProduct(alice, newWorkspace(alice, "Acme"), "Calendar");
        note(product, "Dark mode please");
        note(product, "Export to CSV");
        awaitEmbeddings();
        JsonNode themes = ok(alice.post("/api/v1/products/" + product + "/themes/recompute", Map.of()));
        assertThat(themes.get("items").size()).isZero();
        assertThat(themes.get("notes").asInt()).isEqualTo(2);
        assertThat(themes.get("minimum").asInt()).isEqualTo(ThemeEngine.MIN_NOTES);
        Page page = page(alice, "/products/" + product + "/themes", false);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("at least " + ThemeEngine.MIN_NOTES + " notes")
                .contains("Go to the inbox");
    }

    @Test
    void showsThemesAsCardsAndOnTheOverview() {
        ApiClient owner = newUser("Olivia");
        ApiClient viewer = newUser("Victor");
        String ws = newWorkspace(owner, "Acme");
        String product = newProduct(owner, ws, "Calendar");
        addMember(owner, ws, viewer, "VIEWER");
        addTopics(product);
        awaitEmbeddings();
        JsonNode themes = ok(owner.post("/api/v1/products/" + product + "/themes/recompute", Map.of()));
        JsonNode biggest = themes.get("items").get(0);

        Page page = page(owner, "/products/" + product + "/themes", false);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(escape(biggest.get("label").asString()))
                .contains("Computed")
                .contains("Recompute")
                .contains(
                        "/products/" + product + "/themes/" + biggest.get("id").asString())
                .contains("/products/" + product + "/notes/"
                        + biggest.get("examples").get(0).get("id").asString());
        assertThat(page(viewer, "/products/" + product + "/themes", false).body())
                .doesNotContain("Recompute</button>");
        Page theme = page(
                viewer, "/products/" + product + "/themes/" + biggest.get("id").asString(), false);
        assertThat(theme.body())
                .contains(escape(biggest.get("label").asString()))
                .contains(escape(biggest.get("examples").get(0).get("text").asString()));
        assertThat(page(owner, "/products/" + product, false).body())
                .contains("Top themes")
                .contains(escape(biggest.get("label").asString()));
    }

    @Test
    void strangersSeeNoThemesAndViewersCannotRecompute() {
        ApiClient owner = newUser("Olivia");
        ApiClient viewer = newUser("Victor");
        ApiClient stranger = newUser("Mallory");
        String ws = newWorkspace(owner, "Acme");
        String product = newProduct(owner, ws, "Calendar");
        addMember(owner, ws, viewer, "VIEWER");
        assertThat(stranger.get("/api/v1/products/" + product + "/themes").status())
                .isEqualTo(404);
        assertThat(stranger.post("/api/v1/products/" + product + "/themes/recompute", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(viewer.get("/api/v1/products/" + product + "/themes").status())
                .isEqualTo(200);
        assertThat(viewer.post("/api/v1/products/" + product + "/themes/recompute", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(owner.get("/api/v1/products/" + product + "/themes/" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        assertThat(page(stranger, "/products/" + product + "/themes", false).status())
                .isEqualTo(404);
    }

    @Test
    void documentsTheSimilarNotesAndThemesApi() {
        ApiClient.Response docs = ApiClient.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body())
                .contains("/api/v1/products/{productId}/notes/{noteId}/similar")
                .contains("/api/v1/products/{productId}/notes/{noteId}/merge")
                .contains("/api/v1/products/{productId}/themes/recompute")
                .contains("Similar notes")
                .contains("Themes");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
