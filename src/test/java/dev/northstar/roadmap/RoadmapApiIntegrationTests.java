package dev.northstar.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class RoadmapApiIntegrationTests extends ApiTestSupport {

    ApiClient owner;
    String workspace;
    String product;
    Period q0;

    @BeforeEach
    void setUp() {
        owner = newUser("Olivia");
        workspace = newWorkspace(owner, "Acme");
        product = newProduct(owner, workspace, "Calendar");
        q0 = Period.containing(Granularity.QUARTER, LocalDate.now());
    }

    @Test
    void boardFollowsFeatureStatusAndMovingACardChangesIt() {
        String now = feature("Shared calendars", "in-progress", 2);
        String next = feature("Working hours", "planned", 3);
        String later = feature("Room booking", "candidate", 4);
        feature("Raw idea", "idea", 1);
        feature("Old thing", "shipped", 1);

        JsonNode board = ok(owner.get(api("/roadmap?view=now-next-later")));
        assertThat(titles(board, 0)).containsExactly("Shared calendars");
        assertThat(titles(board, 1)).containsExactly("Working hours");
        assertThat(titles(board, 2)).containsExactly("Room booking");

        ok(owner.put(api("/roadmap/board/" + next), Map.of("column", "now")));
        assertThat(ok(owner.get(api("/features/" + next))).get("status").asString())
                .isEqualTo("IN_PROGRESS");
        board = ok(owner.get(api("/roadmap")));
        assertThat(titles(board, 0)).containsExactly("Shared calendars", "Working hours");

        JsonNode bad = owner.put(api("/roadmap/board/" + later), Map.of("column", "someday"))
                .json();
        assertThat(bad.get("errors").get(0).get("field").asString()).isEqualTo("column");
        assertThat(now).isNotBlank();
    }

    @Test
    void timelineShowsTeamsCapacityReleasesAndOverCapacity() {
        String platform = team("Platform", Map.of(q0.key(), 4.0, q0.next().key(), 6.0));
        String growth = team("Growth", Map.of(q0.key(), 3.0));
        String a = feature("Shared calendars", "planned", 3);
        String b = feature("Working hours", "planned", 2);
        String c = feature("Room booking", "candidate", 2);
        place(a, platform, q0.key());
        place(b, platform, q0.key());
        place(c, growth, q0.next().key());
        ok(owner.post(
                api("/roadmap/releases"),
                Map.of(
                        "name",
                        "Spring launch",
                        "date",
                        q0.firstDay().plusDays(20).toString(),
                        "description",
                        "Calendars for all")));

        JsonNode t = ok(owner.get(api("/roadmap?view=timeline&by=quarter&lane=team")));
        assertThat(t.get("periods").get(0).get("key").asString()).isEqualTo(q0.key());
        assertThat(t.get("periods").size()).isEqualTo(4);
        JsonNode lane = t.get("lanes").get(0);
        assertThat(lane.get("name").asString()).isEqualTo("Platform");
        JsonNode cell = lane.get("cells").get(0);
        assertThat(cell.get("effort").asDouble()).isEqualTo(5.0);
        assertThat(cell.get("capacity").asDouble()).isEqualTo(4.0);
        assertThat(cell.get("over").asBoolean()).isTrue();
        assertThat(lane.get("cells").get(1).get("over").asBoolean()).isFalse();
        assertThat(t.get("overCapacity").size()).isEqualTo(2); // Platform now, and Growth has no capacity next quarter
        assertThat(t.get("releases").get(0).get("period").asString()).isEqualTo(q0.key());

        // by month: a quarter's item spreads over its three months, as does the capacity
        JsonNode months = ok(owner.get(api("/roadmap?view=timeline&by=month")));
        assertThat(months.get("periods").size()).isEqualTo(12);
        JsonNode m0 = months.get("lanes").get(0).get("cells").get(0);
        assertThat(m0.get("effort").asDouble()).isCloseTo(5.0 / 3, org.assertj.core.data.Offset.offset(0.01));
        assertThat(m0.get("items").size()).isEqualTo(2);

        // theme lanes: the parent feature
        String parent = feature("Scheduling", "candidate", null);
        ok(owner.patch(api("/features/" + a), Map.of("parentId", parent)));
        JsonNode themes = ok(owner.get(api("/roadmap?view=timeline&lane=theme")));
        assertThat(themes.get("lanes").get(0).get("name").asString()).isEqualTo("Scheduling");
        assertThat(themes.get("lanes").get(1).get("name").asString()).isEqualTo("No theme");
        JsonNode goals = ok(owner.get(api("/roadmap?view=timeline&lane=goal")));
        assertThat(goals.get("lanes").get(0).get("name").asString()).isEqualTo("No goal");
    }

    @Test
    void rejectsUnknownTeamNegativeCapacityAndBadPeriodsNamingTheField() {
        String a = feature("Shared calendars", "planned", 3);
        JsonNode r = owner.put(
                        api("/roadmap/items/" + a),
                        Map.of("teamId", "00000000-0000-0000-0000-000000000001", "period", q0.key()))
                .json();
        assertThat(field(r)).isEqualTo("teamId");

        ApiClient.Response neg =
                owner.post(api("/roadmap/teams"), Map.of("name", "Platform", "capacity", Map.of(q0.key(), -2)));
        assertThat(neg.status()).isEqualTo(400);
        assertThat(field(neg.json())).isEqualTo("capacity");
        assertThat(ok(owner.get(api("/roadmap/teams"))).size()).isZero();

        String platform = team("Platform", Map.of(q0.key(), 4.0));
        assertThat(field(owner.put(api("/roadmap/items/" + a), Map.of("teamId", platform, "period", "2027-Q5"))
                        .json()))
                .isEqualTo("period");
        assertThat(field(owner.put(api("/roadmap/teams/" + platform + "/capacity"), Map.of(q0.key(), -1))
                        .json()))
                .isEqualTo("capacity");
        assertThat(ok(owner.get(api("/roadmap/teams/" + platform)))
                        .get("capacity")
                        .get(q0.key())
                        .asDouble())
                .isEqualTo(4.0);
        assertThat(ok(owner.get(api("/roadmap/teams/" + platform)))
                        .get("members")
                        .isNull())
                .isTrue();
        assertThat(field(owner.post(api("/roadmap/teams"), Map.of("name", "platform"))
                        .json()))
                .isEqualTo("name");
        assertThat(field(owner.post(api("/roadmap/releases"), Map.of("name", "R1", "date", "soon"))
                        .json()))
                .isEqualTo("date");
        assertThat(field(owner.put(api("/roadmap/settings"), Map.of("granularity", "week", "horizon", 4))
                        .json()))
                .isEqualTo("granularity");
        assertThat(owner.get(api("/roadmap?view=gantt")).status()).isEqualTo(400);
    }

    @Test
    void refusesADependencyCycleAndSavesNothing() {
        String a = feature("A", "candidate", 1);
        String b = feature("B", "candidate", 1);
        String c = feature("C", "candidate", 1);
        ok(owner.post(api("/roadmap/dependencies"), Map.of("featureId", b, "needsFeatureId", a)));
        ok(owner.post(api("/roadmap/dependencies"), Map.of("featureId", c, "needsFeatureId", b)));

        ApiClient.Response cycle =
                owner.post(api("/roadmap/dependencies"), Map.of("featureId", a, "needsFeatureId", c));
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(field(cycle.json())).isEqualTo("needsFeatureId");
        assertThat(cycle.body()).contains("A → C → B → A");

        ApiClient.Response bulk = owner.put(
                api("/roadmap/dependencies"),
                Map.of(
                        "dependencies",
                        List.of(
                                Map.of("featureId", a, "needsFeatureId", b),
                                Map.of("featureId", b, "needsFeatureId", a))));
        assertThat(bulk.status()).isEqualTo(400);
        assertThat(field(bulk.json())).isEqualTo("dependencies");
        assertThat(ok(owner.get(api("/roadmap/dependencies"))).size()).isEqualTo(2);

        assertThat(field(owner.post(api("/roadmap/dependencies"), Map.of("featureId", a, "needsFeatureId", a))
                        .json()))
                .isEqualTo("needsFeatureId");
    }

    @Test
    void plansWithinCapacityExplainsWhatDidNotFitAndAcceptsPartly() {
        String platform = team("Platform", Map.of(q0.key(), 3.0, q0.next().key(), 3.0));
        String a = feature("Shared calendars", "candidate", 3);
        String b = feature("Working hours", "candidate", 3);
        String c = feature("Room booking", "candidate", 2);
        String big = feature("Rewrite everything", "candidate", 20);
        String unsized = feature("Unsized", "candidate", null);
        ok(owner.post(api("/roadmap/dependencies"), Map.of("featureId", c, "needsFeatureId", b)));

        JsonNode plan = ok(owner.post(api("/roadmap/plan"), Map.of("framework", "rice", "seconds", 2)));
        Map<String, JsonNode> byFeature = new HashMap<>();
        plan.get("entries").forEach(e -> byFeature.put(e.get("featureId").asString(), e));
        assertThat(byFeature.get(big).get("period").isNull()).isTrue();
        assertThat(byFeature.get(big).get("reason").asString()).isNotBlank();
        assertThat(byFeature.get(unsized).get("reason").asString()).contains("effort");
        assertThat(plan.get("note").asString()).contains("rice");
        // capacity 3 per quarter: two of the three-month features fit, one in each quarter
        Map<String, Double> load = new HashMap<>();
        plan.get("entries").forEach(e -> {
            if (!e.get("period").isNull()) {
                load.merge(e.get("period").asString(), e.get("effort").asDouble(), Double::sum);
            }
        });
        load.values().forEach(v -> assertThat(v).isLessThanOrEqualTo(3.0));
        assertThat(byFeature.get(a).get("period").isNull()
                        && byFeature.get(b).get("period").isNull())
                .isFalse();

        String planId = plan.get("id").asString();
        List<String> placed = new ArrayList<>();
        plan.get("entries").forEach(e -> {
            if (!e.get("period").isNull()) {
                placed.add(e.get("featureId").asString());
            }
        });
        String first = placed.getFirst();
        assertThat(field(owner.post(api("/roadmap/plan/" + planId + "/accept"), Map.of("featureIds", List.of(big)))
                        .json()))
                .isEqualTo("featureIds");
        assertThat(ok(owner.get(api("/roadmap/items"))).size()).isZero();

        JsonNode accepted =
                ok(owner.post(api("/roadmap/plan/" + planId + "/accept"), Map.of("featureIds", List.of(first))));
        assertThat(accepted.get("entries").findValues("accepted").stream()
                        .filter(JsonNode::asBoolean)
                        .count())
                .isEqualTo(1);
        JsonNode items = ok(owner.get(api("/roadmap/items")));
        assertThat(items.size()).isEqualTo(1);
        assertThat(items.get(0).get("featureId").asString()).isEqualTo(first);
        assertThat(items.get(0).get("teamId").asString()).isEqualTo(platform);
        assertThat(ok(owner.get(api("/features/" + first))).get("status").asString())
                .isEqualTo("PLANNED");

        ok(owner.post(api("/roadmap/plan/" + planId + "/accept"), null));
        assertThat(ok(owner.get(api("/roadmap/items"))).size()).isEqualTo(placed.size());

        assertThat(field(owner.post(api("/roadmap/plan"), Map.of("framework", "astrology"))
                        .json()))
                .isEqualTo("framework");
    }

    @Test
    void valuesFeaturesByTheirRiceScore() {
        team("Platform", Map.of(q0.key(), 2.0));
        String low = feature("Low reach", "candidate", 2);
        String high = feature("High reach", "candidate", 2);
        String unscored = feature("Not scored", "candidate", 1);
        ok(owner.put(
                api("/features/" + low + "/scores/rice"),
                Map.of("reach", 100, "impact", 1, "confidence", 80, "effort", 2)));
        ok(owner.put(
                api("/features/" + high + "/scores/rice"),
                Map.of("reach", 5000, "impact", 2, "confidence", 80, "effort", 2)));

        JsonNode plan = ok(owner.post(api("/roadmap/plan"), Map.of("framework", "rice")));
        assertThat(plan.get("note").isNull()).isTrue();
        for (JsonNode e : plan.get("entries")) {
            String id = e.get("featureId").asString();
            if (id.equals(high)) {
                assertThat(e.get("period").asString()).isEqualTo(q0.key());
                assertThat(e.get("value").asDouble()).isEqualTo(5000 * 2 * 0.8 / 2);
            } else if (id.equals(low)) {
                assertThat(e.get("period").isNull()).isTrue();
            } else if (id.equals(unscored)) {
                assertThat(e.get("reason").asString()).contains("rice score");
            }
        }
    }

    @Test
    void plansTheChildrenOfAThemeRatherThanTheThemeItself() {
        team("Platform", Map.of(q0.key(), 10.0));
        String theme = feature("Time-zone support", "planned", 4);
        String child = feature("Working-hours band", "planned", 2);
        ok(owner.patch(api("/features/" + child), Map.of("parentId", theme)));
        JsonNode plan = ok(owner.post(api("/roadmap/plan"), Map.of()));
        for (JsonNode e : plan.get("entries")) {
            if (e.get("featureId").asString().equals(theme)) {
                assertThat(e.get("reason").asString()).contains("child features");
            } else {
                assertThat(e.get("period").asString()).isEqualTo(q0.key());
            }
        }
    }

    @Test
    void keepsCommittedItemsWherePinned() {
        String platform = team("Platform", Map.of(q0.key(), 2.0, q0.next().key(), 2.0));
        String pinned = feature("Pinned", "planned", 2);
        String other = feature("Other", "candidate", 2);
        ok(owner.put(
                api("/roadmap/items/" + pinned),
                Map.of("teamId", platform, "period", q0.next().key(), "committed", true)));
        JsonNode plan = ok(owner.post(api("/roadmap/plan"), Map.of()));
        for (JsonNode e : plan.get("entries")) {
            if (e.get("featureId").asString().equals(pinned)) {
                assertThat(e.get("period").asString()).isEqualTo(q0.next().key());
                assertThat(e.get("fixed").asBoolean()).isTrue();
            }
            if (e.get("featureId").asString().equals(other)) {
                assertThat(e.get("period").asString()).isEqualTo(q0.key());
            }
        }
    }

    @Test
    void rolesDecideWhoReadsAndWhoChanges() {
        ApiClient viewer = newUser("Victor");
        addMember(owner, workspace, viewer, "VIEWER");
        ApiClient stranger = newUser("Sam");
        String a = feature("Shared calendars", "planned", 3);

        assertThat(viewer.get(api("/roadmap")).status()).isEqualTo(200);
        assertThat(viewer.get(api("/roadmap?view=timeline")).status()).isEqualTo(200);
        assertThat(viewer.post(api("/roadmap/teams"), Map.of("name", "Platform"))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.put(api("/roadmap/board/" + a), Map.of("column", "now"))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.post(api("/roadmap/share"), Map.of()).status()).isEqualTo(403);
        assertThat(viewer.post(api("/roadmap/plan"), Map.of()).status()).isEqualTo(403);
        assertThat(stranger.get(api("/roadmap")).status()).isEqualTo(404);
        assertThat(stranger.post(api("/roadmap/teams"), Map.of("name", "Platform"))
                        .status())
                .isEqualTo(404);
        assertThat(ok(owner.get(api("/features/" + a))).get("status").asString())
                .isEqualTo("PLANNED");
    }

    @Test
    void shareLinkWorksWithoutLoginUntilRevoked() throws Exception {
        feature("Shared calendars", "in-progress", 2);
        assertThat(owner.get(api("/roadmap/share")).status()).isEqualTo(404);
        JsonNode link = ok(owner.post(api("/roadmap/share"), Map.of()));
        String path = link.get("path").asString();
        assertThat(path).startsWith("/public/roadmaps/");

        HttpResponse<String> page = plain(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Shared calendars").contains("Calendar");
        assertThat(plain(path + "/export.md?view=timeline").body()).contains("timeline");

        JsonNode again = ok(owner.post(api("/roadmap/share"), Map.of()));
        assertThat(plain(path).statusCode()).isEqualTo(404);
        String newPath = again.get("path").asString();
        assertThat(plain(newPath).statusCode()).isEqualTo(200);

        assertThat(owner.delete(api("/roadmap/share")).status()).isEqualTo(204);
        assertThat(plain(newPath).statusCode()).isEqualTo(404);
        assertThat(plain(newPath).body()).doesNotContain("Shared calendars");
    }

    @Test
    void exportsEachViewAsMarkdownSvgAndPng() throws Exception {
        String platform = team("Platform", Map.of(q0.key(), 1.0));
        String a = feature("Calendars <script>alert(1)</script>", "in-progress", 2);
        place(a, platform, q0.key());
        feature("Working hours", "planned", 1);

        HttpResponse<String> md = authed("/roadmap/export.md?view=now-next-later");
        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(md.body()).contains("## Now").contains("## Next").contains("- Working hours");
        assertThat(md.body()).doesNotContain("<script>");

        HttpResponse<String> tl = authed("/roadmap/export.md?view=timeline&by=quarter&lane=team");
        assertThat(tl.body())
                .contains("| Team |")
                .contains(q0.label())
                .contains("Platform")
                .contains("over capacity");

        HttpResponse<String> svg = authed("/roadmap/export.svg?view=timeline");
        assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(svg.body())
                .startsWith("<svg")
                .contains("Platform")
                .contains("&lt;script&gt;")
                .doesNotContain("<script>");
        assertThat(authed("/roadmap/export.svg?view=now-next-later").body()).contains("Now (1)");

        HttpResponse<byte[]> png = HttpClient.newHttpClient()
                .send(request("/roadmap/export.png?view=timeline"), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.statusCode()).isEqualTo(200);
        byte[] bytes = png.body();
        assertThat(bytes.length).isGreaterThan(1000);
        assertThat(new byte[] {bytes[1], bytes[2], bytes[3]}).isEqualTo("PNG".getBytes());
    }

    // helpers

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + api(path)))
                .header("Authorization", "Bearer " + rawToken())
                .GET()
                .build();
    }

    private HttpResponse<String> authed(String path) throws Exception {
        return HttpClient.newHttpClient().send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> plain(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private String token;

    /** A second token of the owner for raw requests (exports answer other types than JSON). */
    private String rawToken() {
        if (token == null) {
            token = ok(ApiClient.anonymous(port)
                            .basic(email(owner), PASSWORD)
                            .post("/api/v1/tokens", Map.of("name", "raw")))
                    .get("token")
                    .asString();
        }
        return token;
    }

    String api(String path) {
        return "/api/v1/products/" + product + path;
    }

    String feature(String title, String status, Integer effort) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("status", status);
        if (effort != null) {
            body.put("effort", effort);
        }
        return ok(owner.post(api("/features"), body)).get("id").asString();
    }

    String team(String name, Map<String, Double> capacity) {
        return ok(owner.post(api("/roadmap/teams"), Map.of("name", name, "capacity", capacity)))
                .get("id")
                .asString();
    }

    void place(String feature, String team, String period) {
        ok(owner.put(api("/roadmap/items/" + feature), Map.of("teamId", team, "period", period)));
    }

    static String field(JsonNode problem) {
        return problem.get("errors").get(0).get("field").asString();
    }

    static List<String> titles(JsonNode board, int column) {
        List<String> out = new ArrayList<>();
        board.get("columns")
                .get(column)
                .get("cards")
                .forEach(c -> out.add(c.get("title").asString()));
        return out;
    }
}
