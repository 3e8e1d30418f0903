package dev.northstar.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class OpportunityTreeApiIntegrationTests extends DiscoveryFixtures {

    String sync;

    @BeforeEach
    void setUp() {
        ownProduct();
        sync = need("Trust that changes show up within a minute", null, "CRITICAL");
    }

    Map<String, Object> tree() {
        return Map.of(
                "outcome",
                "Raise weekly active teams from 62% to 70%",
                "opportunities",
                List.of(
                        Map.of(
                                "needId",
                                sync,
                                "solutions",
                                List.of(
                                        Map.of(
                                                "title",
                                                "Push-based Outlook sync",
                                                "assumptionTests",
                                                List.of(
                                                        Map.of(
                                                                "assumption",
                                                                "Lag comes from our polling",
                                                                "test",
                                                                "Instrument two weeks of sync events",
                                                                "status",
                                                                "VALIDATED"),
                                                        Map.of(
                                                                "assumption",
                                                                "Faster sync means more team-view visits",
                                                                "status",
                                                                "running"))),
                                        Map.of("title", "Sync health page for admins"))),
                        Map.of("title", "Managers cannot see who is on leave")));
    }

    @Test
    void answersAnEmptyTreeBeforeAnythingIsSet() {
        JsonNode empty = ok(owner.get(api("/opportunity-tree")));
        assertThat(empty.get("outcome").isNull()).isTrue();
        assertThat(empty.get("opportunities").size()).isZero();
    }

    @Test
    void roundTripsTheWholeTreeThroughPutAndGet() {
        JsonNode stored = ok(owner.put(api("/opportunity-tree"), tree()));
        assertThat(stored.get("outcome").asString()).isEqualTo("Raise weekly active teams from 62% to 70%");
        JsonNode first = stored.get("opportunities").get(0);
        assertThat(first.get("needId").asString()).isEqualTo(sync);
        assertThat(first.get("title").asString()).isEqualTo("Trust that changes show up within a minute");
        assertThat(first.get("needImportance").asString()).isEqualTo("CRITICAL");
        JsonNode tests = first.get("solutions").get(0).get("assumptionTests");
        assertThat(tests.get(0).get("status").asString()).isEqualTo("VALIDATED");
        assertThat(tests.get(1).get("status").asString()).isEqualTo("RUNNING");
        assertThat(tests.get(1).get("test").isNull()).isTrue();
        assertThat(stored.get("opportunities").get(1).get("title").asString())
                .isEqualTo("Managers cannot see who is on leave");
        assertThat(stored.get("opportunities").get(1).get("needId").isNull()).isTrue();

        JsonNode got = ok(owner.get(api("/opportunity-tree")));
        assertThat(got.get("opportunities")).isEqualTo(stored.get("opportunities"));

        // what GET answered goes back through PUT unchanged, ids included
        JsonNode again = ok(owner.put(api("/opportunity-tree"), got.toString()));
        assertThat(again.get("opportunities")).isEqualTo(got.get("opportunities"));
        assertThat(again.get("outcome")).isEqualTo(got.get("outcome"));
    }

    @Test
    void rejectsABadTreeNamingThePlaceAndKeepsTheOldOne() {
        ok(owner.put(api("/opportunity-tree"), tree()));
        ApiClient.Response noOutcome =
                owner.put(api("/opportunity-tree"), Map.of("outcome", " ", "opportunities", List.of()));
        assertThat(field(noOutcome)).isEqualTo("outcome");
        ApiClient.Response badTitle = owner.put(
                api("/opportunity-tree"),
                Map.of(
                        "outcome",
                        "Grow",
                        "opportunities",
                        List.of(Map.of(
                                "title", "Fine", "solutions", List.of(Map.of("title", "ok"), Map.of("title", ""))))));
        assertThat(field(badTitle)).isEqualTo("opportunities[0].solutions[1].title");
        ApiClient.Response foreignNeed = owner.put(
                api("/opportunity-tree"),
                Map.of(
                        "outcome",
                        "Grow",
                        "opportunities",
                        List.of(
                                Map.of("title", "ok"),
                                Map.of("needId", java.util.UUID.randomUUID().toString()))));
        assertThat(field(foreignNeed)).isEqualTo("opportunities[1].needId");
        ApiClient.Response badStatus = owner.put(
                api("/opportunity-tree"),
                Map.of(
                        "outcome",
                        "Grow",
                        "opportunities",
                        List.of(Map.of(
                                "title",
                                "ok",
                                "solutions",
                                List.of(Map.of(
                                        "title",
                                        "s",
                                        "assumptionTests",
                                        List.of(Map.of("assumption", "a", "status", "maybe"))))))));
        assertThat(field(badStatus)).isEqualTo("opportunities[0].solutions[0].assumptionTests[0].status");
        ApiClient.Response noAssumption = owner.put(
                api("/opportunity-tree"),
                Map.of(
                        "outcome",
                        "Grow",
                        "opportunities",
                        List.of(Map.of(
                                "title",
                                "ok",
                                "solutions",
                                List.of(Map.of("title", "s", "assumptionTests", List.of(Map.of("test", "t"))))))));
        assertThat(field(noAssumption)).isEqualTo("opportunities[0].solutions[0].assumptionTests[0].assumption");

        JsonNode unchanged = ok(owner.get(api("/opportunity-tree")));
        assertThat(unchanged.get("opportunities").size()).isEqualTo(2);
    }

    @Test
    void growsTheTreeNodeByNode() {
        assertThat(field(owner.post(api("/opportunity-tree/opportunities"), Map.of("title", "Too early"))))
                .isEqualTo("outcome");
        ok(owner.patch(api("/opportunity-tree"), Map.of("outcome", "Fewer missed meetings")));
        JsonNode opp = ok(owner.post(api("/opportunity-tree/opportunities"), Map.of("needId", sync)));
        assertThat(opp.get("title").asString()).isEqualTo("Trust that changes show up within a minute");
        String oid = opp.get("id").asString();
        assertThat(field(owner.post(api("/opportunity-tree/opportunities"), Map.of("title", ""))))
                .isEqualTo("title");

        JsonNode sol = ok(
                owner.post(api("/opportunity-tree/opportunities/" + oid + "/solutions"), Map.of("title", "Push sync")));
        String sid = sol.get("id").asString();
        JsonNode test = ok(owner.post(
                api("/opportunity-tree/solutions/" + sid + "/tests"),
                Map.of("assumption", "Polling causes lag", "test", "Measure")));
        assertThat(test.get("status").asString()).isEqualTo("PLANNED");
        String tid = test.get("id").asString();
        JsonNode changed = ok(owner.patch(api("/opportunity-tree/tests/" + tid), Map.of("status", "invalidated")));
        assertThat(changed.get("status").asString()).isEqualTo("INVALIDATED");
        assertThat(changed.get("assumption").asString()).isEqualTo("Polling causes lag");
        ok(owner.patch(api("/opportunity-tree/solutions/" + sid), Map.of("title", "Push sync via webhooks")));
        JsonNode freeText = ok(owner.patch(
                api("/opportunity-tree/opportunities/" + oid), Map.of("needId", "", "title", "Sync feels unreliable")));
        assertThat(freeText.get("needId").isNull()).isTrue();
        assertThat(freeText.get("title").asString()).isEqualTo("Sync feels unreliable");

        JsonNode tree = ok(owner.get(api("/opportunity-tree")));
        assertThat(tree.get("opportunities")
                        .get(0)
                        .get("solutions")
                        .get(0)
                        .get("title")
                        .asString())
                .isEqualTo("Push sync via webhooks");

        assertThat(owner.delete(api("/opportunity-tree/tests/" + tid)).status()).isEqualTo(204);
        assertThat(owner.delete(api("/opportunity-tree/opportunities/" + oid)).status())
                .isEqualTo(204);
        assertThat(owner.delete(api("/opportunity-tree/solutions/" + sid)).status())
                .as("went with its opportunity")
                .isEqualTo(404);
        assertThat(ok(owner.get(api("/opportunity-tree"))).get("opportunities").size())
                .isZero();
    }

    @Test
    void viewersReadButCannotChangeAndStrangersSeeNothing() {
        ok(owner.put(api("/opportunity-tree"), tree()));
        ApiClient viewer = member("Victor", "VIEWER");
        ApiClient contributor = member("Cora", "CONTRIBUTOR");
        ApiClient stranger = newUser("Mallory");
        assertThat(ok(viewer.get(api("/opportunity-tree"))).get("opportunities").size())
                .isEqualTo(2);
        assertThat(viewer.put(api("/opportunity-tree"), tree()).status()).isEqualTo(403);
        assertThat(contributor
                        .patch(api("/opportunity-tree"), Map.of("outcome", "Mine"))
                        .status())
                .isEqualTo(403);
        assertThat(contributor
                        .post(api("/opportunity-tree/opportunities"), Map.of("title", "Mine"))
                        .status())
                .isEqualTo(403);
        assertThat(stranger.get(api("/opportunity-tree")).status()).isEqualTo(404);
        assertThat(stranger.put(api("/opportunity-tree"), tree()).status()).isEqualTo(404);

        String other = newProduct(owner, workspace, "Other");
        String oid = ok(owner.get(api("/opportunity-tree")))
                .get("opportunities")
                .get(0)
                .get("id")
                .asString();
        assertThat(owner.delete("/api/v1/products/" + other + "/opportunity-tree/opportunities/" + oid)
                        .status())
                .isEqualTo(404);
    }
}
