package dev.northstar.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class NeedApiIntegrationTests extends DiscoveryFixtures {

    @BeforeEach
    void setUp() {
        ownProduct();
    }

    @Test
    void createsANeedForAPersonaAndChangesIt() {
        String arun = persona("Arun");
        JsonNode created = ok(owner.post(
                api("/needs"),
                Map.of(
                        "title",
                        "See times in every attendee's zone",
                        "description",
                        "No mental arithmetic.",
                        "personaId",
                        arun,
                        "importance",
                        "critical")));
        assertThat(created.get("importance").asString()).isEqualTo("CRITICAL");
        assertThat(created.get("personaName").asString()).isEqualTo("Arun");
        assertThat(created.get("evidenceCount").asInt()).isZero();
        String id = created.get("id").asString();

        JsonNode put = ok(owner.put(
                api("/needs/" + id), Map.of("title", "See local times", "importance", "nice-to-have", "version", 0)));
        assertThat(put.get("importance").asString()).isEqualTo("NICE_TO_HAVE");
        assertThat(put.get("personaId").isNull()).isTrue();
        assertThat(put.get("description").isNull()).isTrue();

        JsonNode patched = ok(owner.patch(api("/needs/" + id), Map.of("personaId", arun, "version", 1)));
        assertThat(patched.get("personaId").asString()).isEqualTo(arun);
        assertThat(patched.get("title").asString()).isEqualTo("See local times");

        JsonNode defaulted = ok(owner.post(api("/needs"), Map.of("title", "Mobile widgets")));
        assertThat(defaulted.get("importance").asString()).isEqualTo("IMPORTANT");

        assertThat(ok(owner.get(api("/needs?personaId=" + arun))).get("total").asInt())
                .isEqualTo(1);
        assertThat(ok(owner.get(api("/needs?importance=important")))
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(ok(owner.get(api("/needs?sort=title")))
                        .get("items")
                        .get(0)
                        .get("title")
                        .asString())
                .isEqualTo("Mobile widgets");

        assertThat(owner.delete(api("/needs/" + id)).status()).isEqualTo(204);
        assertThat(owner.get(api("/needs/" + id)).status()).isEqualTo(404);
    }

    @Test
    void rejectsBadInputNamingTheField() {
        assertThat(field(owner.post(api("/needs"), Map.of("title", "")))).isEqualTo("title");
        assertThat(field(owner.post(api("/needs"), Map.of("title", "x".repeat(301)))))
                .isEqualTo("title");
        assertThat(field(owner.post(api("/needs"), Map.of("title", "Fine", "importance", "urgent"))))
                .isEqualTo("importance");
        assertThat(field(owner.post(api("/needs"), Map.of("title", "Fine", "personaId", "nope"))))
                .isEqualTo("personaId");
        String other = newProduct(owner, workspace, "Other");
        String foreign = ok(owner.post(
                        "/api/v1/products/" + other + "/personas", Map.of("kind", "SEGMENT", "name", "Elsewhere")))
                .get("id")
                .asString();
        ApiClient.Response r = owner.post(api("/needs"), Map.of("title", "Fine", "personaId", foreign));
        assertThat(field(r)).isEqualTo("personaId");
        assertThat(field(owner.get(api("/needs?sort=loudest")))).isEqualTo("sort");
        assertThat(ok(owner.get(api("/needs"))).get("total").asInt()).isZero();
    }

    @Test
    void refusesAStaleVersionWithConflict() {
        String id = need("Fair round-robin", null, "IMPORTANT");
        ok(owner.patch(api("/needs/" + id), Map.of("importance", "CRITICAL", "version", 0)));
        ApiClient.Response stale = owner.put(api("/needs/" + id), Map.of("title", "Overwrite", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(ok(owner.get(api("/needs/" + id))).get("title").asString()).isEqualTo("Fair round-robin");
    }

    @Test
    void listsNeedsWithMostEvidenceFirst() {
        String quiet = need("Quiet need", null, "CRITICAL");
        String loud = need("Loud need", null, "NICE_TO_HAVE");
        String note = note("Sync is slow. Sync is slow again. I gave up.");
        ok(owner.post(
                api("/notes/" + note + "/highlights"),
                Map.of("start", 0, "end", 13, "needId", loud, "importance", "critical")));
        ok(owner.post(api("/notes/" + note + "/highlights"), Map.of("quote", "I gave up.", "needId", loud)));
        JsonNode list = ok(owner.get(api("/needs")));
        assertThat(list.get("items").get(0).get("id").asString()).isEqualTo(loud);
        assertThat(list.get("items").get(0).get("evidenceCount").asInt()).isEqualTo(2);
        assertThat(list.get("items").get(0).get("criticalEvidenceCount").asInt())
                .isEqualTo(1);
        assertThat(list.get("items").get(1).get("id").asString()).isEqualTo(quiet);
        assertThat(ok(owner.get(api("/needs?sort=importance")))
                        .get("items")
                        .get(0)
                        .get("id")
                        .asString())
                .isEqualTo(quiet);
    }

    @Test
    void deletingANeedDropsItsEvidenceButKeepsItsOpportunityAsFreeText() {
        String need = need("Trust the sync", null, "CRITICAL");
        String note = note("I no longer trust the team view.");
        ok(owner.post(api("/notes/" + note + "/highlights"), Map.of("quote", "no longer trust", "needId", need)));
        ok(owner.put(
                api("/opportunity-tree"),
                Map.of(
                        "outcome",
                        "More weekly active teams",
                        "opportunities",
                        java.util.List.of(Map.of(
                                "needId", need, "solutions", java.util.List.of(Map.of("title", "Push sync")))))));

        ok(owner.delete(api("/needs/" + need)));

        assertThat(ok(owner.get(api("/notes/" + note + "/highlights")))
                        .get("total")
                        .asInt())
                .isZero();
        JsonNode opportunity =
                ok(owner.get(api("/opportunity-tree"))).get("opportunities").get(0);
        assertThat(opportunity.get("needId").isNull()).isTrue();
        assertThat(opportunity.get("title").asString()).isEqualTo("Trust the sync");
        assertThat(opportunity.get("solutions").get(0).get("title").asString()).isEqualTo("Push sync");
    }

    @Test
    void viewersReadButCannotChangeAndStrangersSeeNothing() {
        String id = need("Fair round-robin", null, "IMPORTANT");
        ApiClient viewer = member("Victor", "VIEWER");
        ApiClient contributor = member("Cora", "CONTRIBUTOR");
        ApiClient stranger = newUser("Mallory");
        assertThat(ok(viewer.get(api("/needs/" + id))).get("title").asString()).isEqualTo("Fair round-robin");
        assertThat(viewer.post(api("/needs"), Map.of("title", "Mine")).status()).isEqualTo(403);
        assertThat(viewer.patch(api("/needs/" + id), Map.of("title", "Mine")).status())
                .isEqualTo(403);
        assertThat(contributor.delete(api("/needs/" + id)).status()).isEqualTo(403);
        assertThat(stranger.get(api("/needs")).status()).isEqualTo(404);
        assertThat(stranger.get(api("/needs/" + id)).status()).isEqualTo(404);
        assertThat(stranger.get(api("/needs/" + id + "/highlights")).status()).isEqualTo(404);
        assertThat(stranger.delete(api("/needs/" + id)).status()).isEqualTo(404);
    }
}
