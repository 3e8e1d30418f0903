package dev.northstar.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.IntegrationTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class NotesApiIntegrationTests extends ApiTestSupport {

    ApiClient alice;
    String workspace;
    String product;
    String notes;

    @BeforeEach
    void product() {
        alice = newUser("Alice");
        workspace = newWorkspace(alice, "Acme");
        product = newProduct(alice, workspace, "Calendar");
        notes = "/api/v1/products/" + product + "/notes";
    }

    @Test
    void createsNoteWithLabelsCustomerAndTags() {
        var customer = new LinkedHashMap<String, Object>();
        customer.put("name", "Dana Reyes");
        customer.put("company", "Globex");
        customer.put("segment", "Enterprise");
        customer.put("plan", "Pro");
        customer.put("revenue", 48000);
        ApiClient.Response r = alice.post(
                notes,
                Map.of(
                        "text",
                        "  Recurring meetings across time zones keep shifting by an hour.  ",
                        "source",
                        "in-app",
                        "customer",
                        customer,
                        "date",
                        "2025-03-14",
                        "tags",
                        List.of("Time zones", "calendar", "time zones ")));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode note = r.json();
        assertThat(note.get("text").asString())
                .isEqualTo("Recurring meetings across time zones keep shifting by an hour.");
        assertThat(note.get("source").asString()).isEqualTo("in-app");
        assertThat(note.get("state").asString()).isEqualTo("new");
        assertThat(note.get("date").asString()).isEqualTo("2025-03-14");
        assertThat(note.get("productId").asString()).isEqualTo(product);
        assertThat(note.get("version").asInt()).isZero();
        assertThat(note.get("createdAt").asString()).isNotBlank();
        assertThat(note.get("updatedAt").asString()).isNotBlank();
        assertThat(texts(note.get("tags"))).containsExactly("calendar", "time zones");
        JsonNode c = note.get("customers").get(0);
        assertThat(c.get("name").asString()).isEqualTo("Dana Reyes");
        assertThat(c.get("company").asString()).isEqualTo("Globex");
        assertThat(c.get("segment").asString()).isEqualTo("Enterprise");
        assertThat(c.get("plan").asString()).isEqualTo("Pro");
        assertThat(c.get("revenue").decimalValue()).isEqualByComparingTo("48000");

        JsonNode again = ok(alice.get(notes + "/" + note.get("id").asString()));
        assertThat(again.get("text").asString()).isEqualTo(note.get("text").asString());
        assertThat(again.get("customers").get(0).get("company").asString()).isEqualTo("Globex");
    }

    @Test
    void acceptsCustomerAsPlainNameAndDefaultsTheRest() {
        JsonNode note = ok(alice.post(notes, Map.of("text", "Please add a dark mode", "customer", "Sam")));
        assertThat(note.get("customers").size()).isEqualTo(1);
        assertThat(note.get("customers").get(0).get("name").asString()).isEqualTo("Sam");
        assertThat(note.get("customers").get(0).get("company").isNull()).isTrue();
        assertThat(note.get("source").asString()).isEqualTo("other");
        assertThat(note.get("state").asString()).isEqualTo("new");
        assertThat(note.get("date").asString())
                .isEqualTo(java.time.LocalDate.now().toString());
        assertThat(note.get("tags").size()).isZero();
    }

    @Test
    void findsAQuotedPhraseInTheTextButNotTheWordsApart() {
        ok(alice.post(notes, Map.of("text", "The week view loads slowly on Mondays", "tags", List.of("week view"))));
        ok(alice.post(notes, Map.of("text", "Slowly but surely the view of my week fills up")));
        JsonNode phrase = ok(alice.get(
                notes + "?q=" + java.net.URLEncoder.encode("\"week view\"", java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(texts(phrase.get("items"), "text")).containsExactly("The week view loads slowly on Mondays");
        JsonNode words = ok(alice.get(notes + "?q=week+view"));
        assertThat(words.get("total").asInt()).isEqualTo(2);
    }

    @Test
    void listsNewestFirstWithTotalAndPages() {
        add("January note", "2025-01-10");
        add("March note", "2025-03-10");
        add("February note", "2025-02-10");
        JsonNode all = ok(alice.get(notes));
        assertThat(all.get("total").asInt()).isEqualTo(3);
        assertThat(texts(all.get("items"), "text")).containsExactly("March note", "February note", "January note");

        JsonNode second = ok(alice.get(notes + "?page=1&size=2"));
        assertThat(second.get("total").asInt()).isEqualTo(3);
        assertThat(texts(second.get("items"), "text")).containsExactly("January note");
        assertThat(alice.get(notes + "?size=0").status()).isEqualTo(400);
    }

    @Test
    void searchFindsByWordBestMatchFirst() {
        add("The CSV export drops the time zone column", "2025-03-01");
        add("Dark mode would be easier on the eyes", "2025-03-02");
        add("CSV export, CSV import: every CSV file we make is broken", "2025-01-01");
        add("Invites land in spam", "2025-03-03");

        JsonNode hits = ok(alice.get(notes + "?q=csv"));
        assertThat(hits.get("total").asInt()).isEqualTo(2);
        // the older note mentions CSV three times, so relevance beats recency
        assertThat(texts(hits.get("items"), "text"))
                .containsExactly(
                        "CSV export, CSV import: every CSV file we make is broken",
                        "The CSV export drops the time zone column");
        // stemming: "exports" finds "export"
        assertThat(ok(alice.get(notes + "?q=exports")).get("total").asInt()).isEqualTo(2);
        assertThat(ok(alice.get(notes + "?q=dark"))
                        .get("items")
                        .get(0)
                        .get("text")
                        .asString())
                .startsWith("Dark mode");
        assertThat(ok(alice.get(notes + "?q=kubernetes")).get("total").asInt()).isZero();
    }

    @Test
    void searchFindsCustomersAndCompanies() {
        alice.post(
                notes,
                Map.of("text", "Needs SSO before rollout", "customer", Map.of("name", "Priya", "company", "Initech")));
        alice.post(
                notes,
                Map.of("text", "Loves the weekly digest", "customer", Map.of("name", "Tom", "company", "Umbrella")));
        JsonNode hits = ok(alice.get(notes + "?q=initech"));
        assertThat(texts(hits.get("items"), "text")).containsExactly("Needs SSO before rollout");
    }

    @Test
    void filtersByStateSourceAndTag() {
        String a = id(alice.post(
                notes, Map.of("text", "Billing page is confusing", "source", "support", "tags", List.of("billing"))));
        id(alice.post(
                notes, Map.of("text", "Billing emails arrive twice", "source", "interview", "tags", "billing, email")));
        id(alice.post(
                notes, Map.of("text", "Mobile app crashes on login", "source", "review", "tags", List.of("mobile"))));
        ok(alice.post(notes + "/" + a + "/state", Map.of("state", "processed")));

        assertThat(texts(ok(alice.get(notes + "?tag=billing")).get("items"), "text"))
                .containsExactlyInAnyOrder("Billing page is confusing", "Billing emails arrive twice");
        assertThat(texts(ok(alice.get(notes + "?tag=BILLING&source=interview")).get("items"), "text"))
                .containsExactly("Billing emails arrive twice");
        assertThat(texts(ok(alice.get(notes + "?state=processed")).get("items"), "text"))
                .containsExactly("Billing page is confusing");
        assertThat(ok(alice.get(notes + "?state=new")).get("total").asInt()).isEqualTo(2);
        assertThat(texts(ok(alice.get(notes + "?q=billing&state=new")).get("items"), "text"))
                .containsExactly("Billing emails arrive twice");
        assertThat(texts(ok(alice.get(notes + "?q=crashes&source=review")).get("items"), "text"))
                .containsExactly("Mobile app crashes on login");
        assertThat(ok(alice.get(notes + "?q=crashes&source=support"))
                        .get("total")
                        .asInt())
                .isZero();

        ApiClient.Response badSource = alice.get(notes + "?source=fax");
        assertThat(badSource.status()).isEqualTo(400);
        assertThat(fields(badSource)).containsExactly("source");
        ApiClient.Response badState = alice.get(notes + "?state=done");
        assertThat(badState.status()).isEqualTo(400);
        assertThat(fields(badState)).containsExactly("state");
    }

    @Test
    void editsPartiallyAndRefusesStaleVersion() {
        JsonNode note = ok(alice.post(
                notes,
                Map.of(
                        "text",
                        "Export is slow",
                        "source",
                        "sales",
                        "customer",
                        Map.of("name", "Ann", "company", "Hooli", "plan", "Team"),
                        "tags",
                        List.of("export"))));
        String url = notes + "/" + note.get("id").asString();

        JsonNode edited = ok(alice.patch(
                url,
                Map.of(
                        "version",
                        0,
                        "text",
                        "Export takes minutes for large calendars",
                        "customer",
                        Map.of("plan", "Enterprise"))));
        assertThat(edited.get("version").asInt()).isEqualTo(1);
        assertThat(edited.get("text").asString()).isEqualTo("Export takes minutes for large calendars");
        assertThat(edited.get("source").asString()).isEqualTo("sales");
        assertThat(texts(edited.get("tags"))).containsExactly("export");
        assertThat(edited.get("customers").get(0).get("name").asString()).isEqualTo("Ann");
        assertThat(edited.get("customers").get(0).get("plan").asString()).isEqualTo("Enterprise");

        ApiClient.Response stale = alice.patch(url, Map.of("version", 0, "text", "An older idea of the note"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).contains("someone else changed this note");
        assertThat(ok(alice.get(url)).get("text").asString()).isEqualTo("Export takes minutes for large calendars");

        ApiClient.Response noVersion = alice.patch(url, Map.of("text", "No version"));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(fields(noVersion)).containsExactly("version");

        JsonNode retagged = ok(alice.patch(
                url, Map.of("version", 1, "tags", List.of("performance"), "date", "2024-12-31", "source", "in-app")));
        assertThat(texts(retagged.get("tags"))).containsExactly("performance");
        assertThat(retagged.get("date").asString()).isEqualTo("2024-12-31");
        assertThat(retagged.get("source").asString()).isEqualTo("in-app");
        assertThat(ok(alice.get(notes + "?q=minutes"))
                        .get("items")
                        .get(0)
                        .get("version")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void refusesIllegalStateTransitionNamingState() {
        String url = notes + "/" + id(alice.post(notes, Map.of("text", "Calendar sync misses events")));
        JsonNode processed = ok(alice.post(url + "/state", Map.of("state", "processed")));
        assertThat(processed.get("state").asString()).isEqualTo("processed");
        assertThat(processed.get("version").asInt()).isEqualTo(1);
        assertThat(ok(alice.post(url + "/state", Map.of("state", "archived")))
                        .get("state")
                        .asString())
                .isEqualTo("archived");

        ApiClient.Response illegal = alice.post(url + "/state", Map.of("state", "processed"));
        assertThat(illegal.status()).isEqualTo(400);
        assertThat(fields(illegal)).containsExactly("state");
        assertThat(illegal.json().get("errors").get(0).get("message").asString())
                .contains("archived note cannot become processed");

        ApiClient.Response unknown = alice.post(url + "/state", Map.of("state", "done"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("state");
        assertThat(fields(alice.post(url + "/state", Map.of()))).containsExactly("state");

        assertThat(ok(alice.post(url + "/state", Map.of("state", "new")))
                        .get("state")
                        .asString())
                .isEqualTo("new");
    }

    @Test
    void deletesNoteFromListAndSearch() {
        String id = id(alice.post(notes, Map.of("text", "Reminders come too late")));
        ApiClient.Response deleted = alice.delete(notes + "/" + id);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(alice.get(notes + "/" + id).status()).isEqualTo(404);
        assertThat(ok(alice.get(notes)).get("total").asInt()).isZero();
        assertThat(ok(alice.get(notes + "?q=reminders")).get("total").asInt()).isZero();
        assertThat(alice.delete(notes + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void viewerReadsOnlyContributorAddsAndTriagesEditorEdits() {
        ApiClient viewer = newUser("Victor");
        ApiClient contributor = newUser("Carla");
        addMember(alice, workspace, viewer, "VIEWER");
        addMember(alice, workspace, contributor, "CONTRIBUTOR");
        String id = id(alice.post(notes, Map.of("text", "Needs an agenda template")));
        String url = notes + "/" + id;

        assertThat(viewer.post(notes, Map.of("text", "Viewer's note")).status()).isEqualTo(403);
        assertThat(viewer.post(url + "/state", Map.of("state", "processed")).status())
                .isEqualTo(403);
        assertThat(viewer.patch(url, Map.of("version", 0, "text", "changed")).status())
                .isEqualTo(403);
        assertThat(viewer.delete(url).status()).isEqualTo(403);
        assertThat(ok(viewer.get(notes)).get("total").asInt()).isEqualTo(1);
        assertThat(ok(viewer.get(url)).get("text").asString()).isEqualTo("Needs an agenda template");

        assertThat(contributor.post(notes, Map.of("text", "Contributor's note")).status())
                .isEqualTo(201);
        assertThat(ok(contributor.post(url + "/state", Map.of("state", "processed")))
                        .get("state")
                        .asString())
                .isEqualTo("processed");
        assertThat(contributor
                        .patch(url, Map.of("version", 1, "text", "changed"))
                        .status())
                .isEqualTo(403);
        assertThat(contributor.delete(url).status()).isEqualTo(403);
        assertThat(ok(alice.get(notes)).get("total").asInt()).isEqualTo(2);
    }

    @Test
    void strangersGetNotFoundForGuessedIds() {
        String id = id(alice.post(notes, Map.of("text", "Secret roadmap feedback")));
        String url = notes + "/" + id;
        ApiClient mallory = newUser("Mallory");
        assertThat(mallory.get(notes).status()).isEqualTo(404);
        assertThat(mallory.get(url).status()).isEqualTo(404);
        assertThat(mallory.post(notes, Map.of("text", "spam")).status()).isEqualTo(404);
        assertThat(mallory.patch(url, Map.of("version", 0, "text", "defaced")).status())
                .isEqualTo(404);
        assertThat(mallory.post(url + "/state", Map.of("state", "archived")).status())
                .isEqualTo(404);
        assertThat(mallory.delete(url).status()).isEqualTo(404);

        // a note id guessed through another product the caller does own is not found either
        String theirProduct = newProduct(mallory, newWorkspace(mallory, "Mallory Inc"), "Probe");
        String through = "/api/v1/products/" + theirProduct + "/notes/" + id;
        assertThat(mallory.get(through).status()).isEqualTo(404);
        assertThat(mallory.patch(through, Map.of("version", 0, "text", "defaced"))
                        .status())
                .isEqualTo(404);
        assertThat(mallory.delete(through).status()).isEqualTo(404);
        assertThat(ok(alice.get(url)).get("text").asString()).isEqualTo("Secret roadmap feedback");
        assertThat(alice.get(notes + "/" + java.util.UUID.randomUUID()).status())
                .isEqualTo(404);
    }

    @Test
    void badInputNamesEveryFieldAtFault() {
        ApiClient.Response missingText = alice.post(notes, Map.of("source", "interview"));
        assertThat(missingText.status()).isEqualTo(400);
        assertThat(fields(missingText)).containsExactly("text");

        ApiClient.Response several = alice.post(notes, Map.of("text", " ", "source", "fax", "date", "14/03/2025"));
        assertThat(several.status()).isEqualTo(400);
        assertThat(fields(several)).containsExactlyInAnyOrder("text", "source", "date");
        assertThat(several.body()).contains("YYYY-MM-DD").contains("in-app");

        assertThat(fields(alice.post(notes, Map.of("text", "x", "date", "2025-02-30"))))
                .containsExactly("date");
        assertThat(fields(alice.post(notes, Map.of("text", "x", "customer", Map.of("revenue", "lots")))))
                .containsExactly("customer.revenue");
        assertThat(fields(alice.post(notes, Map.of("text", "x", "customer", Map.of("name", "n".repeat(201))))))
                .containsExactly("customer.name");
        assertThat(fields(alice.post(notes, Map.of("text", "x", "tags", Map.of("a", 1)))))
                .containsExactly("tags");
        assertThat(fields(alice.post(notes, Map.of("text", "x".repeat(20_001)))))
                .containsExactly("text");
        assertThat(fields(alice.post(notes, Map.of("text", "x", "state", "done"))))
                .containsExactly("state");
        assertThat(fields(alice.post(notes, "[1, 2]"))).containsExactly("body");
        ApiClient.Response malformed = alice.post(notes, "{\"text\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(alice.get(notes + "/not-a-uuid").status()).isEqualTo(400);
        assertThat(ok(alice.get(notes)).get("total").asInt()).isZero();
    }

    @Test
    void documentsTheNotesApi() {
        ApiClient.Response docs = ApiClient.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body())
                .contains("/api/v1/products/{productId}/notes/{noteId}/state")
                .contains("Feedback inbox");
    }

    private void add(String text, String date) {
        ok(alice.post(notes, Map.of("text", text, "date", date)));
    }

    private static String id(ApiClient.Response r) {
        return ok(r).get("id").asString();
    }

    private static List<String> fields(ApiClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        return texts(r.json().get("errors"), "field");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asString()));
        return out;
    }
}
