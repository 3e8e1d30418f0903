package dev.northstar.specs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.IntegrationTest;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class StoryApiIntegrationTests extends ApiTestSupport {

    ApiClient owner;
    String workspace;
    String product;
    String feature;

    @BeforeEach
    void setUp() {
        owner = newUser("Olivia");
        workspace = newWorkspace(owner, "Acme");
        product = newProduct(owner, workspace, "Calendar");
        feature = id(ok(owner.post(api("/features"), Map.of("title", "Working hours per attendee"))));
    }

    @Test
    void writesAUserStoryWithCriteriaAndReadsItBack() {
        JsonNode created = ok(owner.post(api("/stories"), userStory(feature, "ready")));
        assertThat(created.get("kind").asString()).isEqualTo("USER");
        assertThat(created.get("status").asString()).isEqualTo("READY");
        assertThat(created.get("text").asString())
                .isEqualTo("As an organiser, I want to see each attendee's working hours, so that I stop booking"
                        + " people at night.");
        assertThat(created.get("parts").get("role").asString()).isEqualTo("organiser");
        assertThat(created.get("criteria")).hasSize(2);
        assertThat(created.get("criteria").get(1).get("then").asString()).isEqualTo("the slot is marked outside hours");
        assertThat(created.get("featureTitle").asString()).isEqualTo("Working hours per attendee");
        assertThat(created.get("estimate").asDouble()).isEqualTo(3.0);

        String id = id(created);
        JsonNode read = ok(owner.get(api("/stories/" + id)));
        assertThat(read.get("criteria").get(0).get("given").asString()).isEqualTo("an attendee in Lisbon");

        Map<String, Object> job = new LinkedHashMap<>();
        job.put("featureId", feature);
        job.put("kind", "job");
        job.put(
                "parts",
                Map.of(
                        "situation", "a client moves a workshop at short notice",
                        "motivation", "find a slot that suits both studios",
                        "outcome", "confirm before the end of the call"));
        job.put("version", 0);
        JsonNode replaced = ok(owner.put(api("/stories/" + id), job));
        assertThat(replaced.get("kind").asString()).isEqualTo("JOB");
        assertThat(replaced.get("status").asString()).isEqualTo("DRAFT");
        assertThat(replaced.get("criteria")).isEmpty();
        assertThat(replaced.get("text").asString())
                .isEqualTo("When a client moves a workshop at short notice, I want to find a slot that suits both"
                        + " studios, so I can confirm before the end of the call.");

        assertThat(owner.put(api("/stories/" + id), job).status()).isEqualTo(409);
        assertThat(owner.delete(api("/stories/" + id)).status()).isEqualTo(204);
        assertThat(owner.get(api("/stories/" + id)).status()).isEqualTo(404);
    }

    @Test
    void listsByFeatureAndStatusInTheOrderThePmChose() {
        String other = id(ok(owner.post(api("/features"), Map.of("title", "Another feature"))));
        String a = id(ok(owner.post(api("/stories"), userStory(feature, "draft"))));
        String b = id(ok(owner.post(api("/stories"), userStory(feature, "ready"))));
        String c = id(ok(owner.post(api("/stories"), userStory(other, "done"))));

        assertThat(ok(owner.get(api("/stories"))).get("total").asInt()).isEqualTo(3);
        JsonNode ofFeature = ok(owner.get(api("/stories?featureId=" + feature)));
        assertThat(ids(ofFeature)).containsExactly(a, b);
        assertThat(ids(ok(owner.get(api("/stories?status=done"))))).containsExactly(c);

        ok(owner.put(api("/stories/order"), Map.of("featureId", feature, "storyIds", List.of(b, a))));
        assertThat(ids(ok(owner.get(api("/stories?featureId=" + feature))))).containsExactly(b, a);

        assertThat(field(owner.put(api("/stories/order"), Map.of("featureId", feature, "storyIds", List.of(b)))))
                .isEqualTo("storyIds");

        JsonNode moved = ok(owner.put(api("/stories/" + a + "/status"), Map.of("status", "in-progress")));
        assertThat(moved.get("status").asString()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void rejectsBadInputNamingTheFieldAndSavesNothing() {
        Map<String, Object> noRole = userStory(feature, "draft");
        noRole.put("parts", Map.of("capability", "x", "benefit", "y"));
        assertThat(field(owner.post(api("/stories"), noRole))).isEqualTo("parts.role");

        Map<String, Object> badKind = userStory(feature, "draft");
        badKind.put("kind", "epic");
        assertThat(field(owner.post(api("/stories"), badKind))).isEqualTo("kind");

        Map<String, Object> jobWithUserParts = userStory(feature, "draft");
        jobWithUserParts.put("kind", "job");
        assertThat(field(owner.post(api("/stories"), jobWithUserParts))).isEqualTo("parts.situation");

        Map<String, Object> halfCriterion = userStory(feature, "draft");
        halfCriterion.put("criteria", List.of(Map.of("given", "a", "when", "b")));
        assertThat(field(owner.post(api("/stories"), halfCriterion))).isEqualTo("criteria[0].then");

        Map<String, Object> readyWithout = userStory(feature, "ready");
        readyWithout.put("criteria", List.of());
        assertThat(field(owner.post(api("/stories"), readyWithout))).isEqualTo("criteria");

        Map<String, Object> badStatus = userStory(feature, "someday");
        assertThat(field(owner.post(api("/stories"), badStatus))).isEqualTo("status");

        Map<String, Object> badEstimate = userStory(feature, "draft");
        badEstimate.put("estimate", -1);
        assertThat(field(owner.post(api("/stories"), badEstimate))).isEqualTo("estimate");

        String otherProduct = newProduct(owner, workspace, "Other");
        String foreign =
                id(ok(owner.post("/api/v1/products/" + otherProduct + "/features", Map.of("title", "Theirs"))));
        assertThat(field(owner.post(api("/stories"), userStory(foreign, "draft"))))
                .isEqualTo("featureId");
        assertThat(field(owner.post(api("/stories"), userStory("nope", "draft"))))
                .isEqualTo("featureId");

        assertThat(ok(owner.get(api("/stories"))).get("total").asInt()).isZero();
    }

    @Test
    void viewersReadAndStrangersSeeNothing() {
        String id = id(ok(owner.post(api("/stories"), userStory(feature, "draft"))));
        ApiClient viewer = newUser("Vera");
        addMember(owner, workspace, viewer, "VIEWER");
        assertThat(ok(viewer.get(api("/stories"))).get("total").asInt()).isEqualTo(1);
        assertThat(viewer.post(api("/stories"), userStory(feature, "draft")).status())
                .isEqualTo(403);
        assertThat(viewer.delete(api("/stories/" + id)).status()).isEqualTo(403);
        assertThat(viewer.put(api("/features/" + feature + "/prd"), Map.of("nonGoals", List.of("x")))
                        .status())
                .isEqualTo(403);

        ApiClient stranger = newUser("Sam");
        assertThat(stranger.get(api("/stories")).status()).isEqualTo(404);
        assertThat(stranger.get(api("/stories/" + id)).status()).isEqualTo(404);
        assertThat(stranger.get(api("/features/" + feature + "/prd")).status()).isEqualTo(404);
        assertThat(raw(stranger, api("/stories/export.csv")).statusCode()).isEqualTo(404);
        assertThat(ok(owner.get(api("/stories"))).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void exportsStoriesAsCsvThatJiraCanImport() throws Exception {
        Map<String, Object> tricky = userStory(feature, "ready");
        tricky.put(
                "parts",
                Map.of(
                        "role",
                        "organiser, \"power user\"",
                        "capability",
                        "see hours\non two lines",
                        "benefit",
                        "nobody is booked at night"));
        ok(owner.post(api("/stories"), tricky));
        String other = id(ok(owner.post(api("/features"), Map.of("title", "Elsewhere"))));
        ok(owner.post(api("/stories"), userStory(other, "draft")));

        HttpResponse<String> r = raw(owner, api("/stories/export.csv?featureId=" + feature));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");

        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .get()
                .parse(new StringReader(r.body()))
                .getRecords();
        assertThat(rows).hasSize(1);
        CSVRecord row = rows.getFirst();
        assertThat(row.get("Issue Type")).isEqualTo("Story");
        assertThat(row.get("Summary"))
                .isEqualTo("As an organiser, \"power user\", I want see hours on two lines, so that nobody is booked"
                        + " at night.");
        assertThat(row.get("Description"))
                .contains("see hours\non two lines")
                .contains("h4. Acceptance criteria")
                .contains(
                        "# *Given* an attendee in Lisbon *When* I open the time picker *Then* their hours are shaded");
        assertThat(row.get("Epic Link")).isEqualTo("Working hours per attendee");
        assertThat(row.get("Story Points")).isEqualTo("3");
        assertThat(row.values()).contains("user-story", "northstar-ready");

        HttpResponse<String> all = raw(owner, api("/stories/export.csv"));
        assertThat(all.body().lines().filter(l -> l.startsWith("\"As ")).count())
                .isEqualTo(2);
    }

    @Test
    void assemblesThePrdAndExportsItAsMarkdown() {
        String goal = id(ok(owner.post(api("/goals"), Map.of("title", "Fewer meetings at unsocial hours"))));
        ok(owner.patch(
                api("/features/" + feature),
                Map.of(
                        "problem",
                        "Invites land at 3 am for people abroad.",
                        "owner",
                        "Priya",
                        "goalIds",
                        List.of(goal))));
        ok(owner.post(api("/stories"), userStory(feature, "ready")));
        Map<String, Object> prd = new LinkedHashMap<>();
        prd.put("nonGoals", List.of("Changing anyone's working hours for them", " "));
        prd.put("metrics", List.of("Invites outside working hours drop below 5 %"));
        prd.put(
                "questions",
                List.of(
                        Map.of("text", "Do we read hours from Google or ask people?"),
                        Map.of("text", "Half days?", "answer", "Yes, from leave", "resolved", true)));
        JsonNode saved = ok(owner.put(api("/features/" + feature + "/prd"), prd));
        assertThat(saved.get("nonGoals")).hasSize(1);
        assertThat(saved.get("questions").get(1).get("resolved").asBoolean()).isTrue();
        assertThat(saved.get("stories")).hasSize(1);
        assertThat(saved.get("goals").get(0).get("title").asString()).isEqualTo("Fewer meetings at unsocial hours");
        assertThat(saved.get("feature").get("problem").asString()).isEqualTo("Invites land at 3 am for people abroad.");

        HttpResponse<String> md = raw(owner, api("/features/" + feature + "/prd.md"));
        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(md.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/markdown");
        assertThat(md.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment")
                .contains("working-hours-per-attendee-prd.md");
        assertThat(md.body())
                .startsWith("# PRD: Working hours per attendee\n")
                .contains("## Problem\n\nInvites land at 3 am for people abroad.")
                .contains("## Goals\n\n- Fewer meetings at unsocial hours\n")
                .contains("## Non-goals\n\n- Changing anyone's working hours for them\n")
                .contains("## Success metrics\n\n- Invites outside working hours drop below 5 %\n")
                .contains("### 1. As an organiser, I want to see each attendee's working hours")
                .contains("1. **Given** an attendee in Lisbon **when** I open the time picker **then** their hours"
                        + " are shaded")
                .contains("- [ ] Do we read hours from Google or ask people?")
                .contains("- [x] Half days? — Yes, from leave");

        assertThat(field(owner.put(
                        api("/features/" + feature + "/prd"),
                        Map.of("questions", List.of(Map.of("answer", "no question"))))))
                .isEqualTo("questions[0].text");
        assertThat(ok(owner.get(api("/features/" + feature + "/prd")))
                        .get("questions")
                        .size())
                .isEqualTo(2);
    }

    @Test
    void storiesGoWithTheirFeature() {
        ok(owner.post(api("/stories"), userStory(feature, "draft")));
        ok(owner.put(api("/features/" + feature + "/prd"), Map.of("nonGoals", List.of("x"))));
        assertThat(owner.delete(api("/features/" + feature)).status()).isEqualTo(204);
        assertThat(ok(owner.get(api("/stories"))).get("total").asInt()).isZero();
    }

    static Map<String, Object> userStory(String featureId, String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("featureId", featureId);
        body.put("kind", "user");
        body.put(
                "parts",
                Map.of(
                        "role", "organiser",
                        "capability", "to see each attendee's working hours",
                        "benefit", "I stop booking people at night"));
        body.put(
                "criteria",
                List.of(
                        Map.of(
                                "given",
                                "an attendee in Lisbon",
                                "when",
                                "I open the time picker",
                                "then",
                                "their hours are shaded"),
                        Map.of(
                                "given",
                                "a slot at 22:00 for them",
                                "when",
                                "I pick it",
                                "then",
                                "the slot is marked outside hours")));
        body.put("status", status);
        body.put("estimate", 3);
        return body;
    }

    private final Map<ApiClient, String> tokens = new java.util.HashMap<>();

    /** A GET that keeps the response headers, with a token of the client's user. */
    HttpResponse<String> raw(ApiClient client, String path) {
        String token = tokens.computeIfAbsent(
                client,
                c -> ok(ApiClient.anonymous(port)
                                .basic(email(c), PASSWORD)
                                .post("/api/v1/tokens", Map.of("name", "raw")))
                        .get("token")
                        .asString());
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "*/*")
                .header("Authorization", "Bearer " + token)
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String api(String path) {
        return "/api/v1/products/" + product + path;
    }

    static String id(JsonNode n) {
        return n.get("id").asString();
    }

    static List<String> ids(JsonNode page) {
        List<String> out = new java.util.ArrayList<>();
        page.get("items").forEach(n -> out.add(n.get("id").asString()));
        return out;
    }

    static String field(ApiClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        return r.json().get("errors").get(0).get("field").asString();
    }
}
