package dev.northstar.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class PersonaApiIntegrationTests extends DiscoveryFixtures {

    @BeforeEach
    void setUp() {
        ownProduct();
    }

    @Test
    void createsReadsUpdatesAndDeletesAPersonaWithEveryField() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "persona");
        body.put("name", "  Maya, Agency Ops Lead ");
        body.put("summary", "Runs operations at a 60-person agency.");
        body.put("feelings", "Anxious on Mondays.");
        body.put("thoughts", "One place should be the truth.");
        body.put("motivations", "Keep the studio calm.");
        body.put("influences", "Account directors.");
        body.put("behaviours", "Keeps a leave spreadsheet.");
        body.put("goals", "No surprise absences.");
        body.put("preferences", "Visual overviews.");
        body.put("frustrations", "Paying full seats for freelancers.");
        JsonNode created = ok(owner.post(api("/personas"), body));
        assertThat(created.get("name").asString()).isEqualTo("Maya, Agency Ops Lead");
        assertThat(created.get("kind").asString()).isEqualTo("PERSONA");
        assertThat(created.get("frustrations").asString()).isEqualTo("Paying full seats for freelancers.");
        assertThat(created.get("version").asInt()).isZero();
        String id = created.get("id").asString();

        JsonNode read = ok(owner.get(api("/personas/" + id)));
        assertThat(read.get("influences").asString()).isEqualTo("Account directors.");

        Map<String, Object> put = new HashMap<>(body);
        put.put("kind", "SEGMENT");
        put.put("name", "Agencies");
        put.put("goals", "");
        put.put("version", 0);
        JsonNode updated = ok(owner.put(api("/personas/" + id), put));
        assertThat(updated.get("kind").asString()).isEqualTo("SEGMENT");
        assertThat(updated.get("goals").isNull()).isTrue();
        assertThat(updated.get("version").asInt()).isEqualTo(1);

        JsonNode patched = ok(owner.patch(api("/personas/" + id), Map.of("thoughts", "Three tools, no truth.")));
        assertThat(patched.get("thoughts").asString()).isEqualTo("Three tools, no truth.");
        assertThat(patched.get("name").asString()).isEqualTo("Agencies");

        JsonNode list = ok(owner.get(api("/personas")));
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(ok(owner.get(api("/personas?kind=persona"))).get("total").asInt())
                .isZero();

        assertThat(owner.delete(api("/personas/" + id)).status()).isEqualTo(204);
        assertThat(owner.get(api("/personas/" + id)).status()).isEqualTo(404);
    }

    @Test
    void rejectsMissingNameUnknownKindAndOverlongFieldsNamingEachField() {
        ApiClient.Response r = owner.post(api("/personas"), Map.of("kind", "PERSONA", "name", " "));
        assertThat(field(r)).isEqualTo("name");
        assertThat(field(owner.post(api("/personas"), Map.of("kind", "robot", "name", "R2"))))
                .isEqualTo("kind");
        assertThat(field(owner.post(api("/personas"), Map.of("name", "No kind"))))
                .isEqualTo("kind");
        ApiClient.Response tooLong =
                owner.post(api("/personas"), Map.of("kind", "PERSONA", "name", "Long", "feelings", "x".repeat(4001)));
        assertThat(field(tooLong)).isEqualTo("feelings");
        assertThat(tooLong.json().get("errors").get(0).get("message").asString())
                .contains("4000");
        assertThat(ok(owner.get(api("/personas"))).get("total").asInt()).isZero();
    }

    @Test
    void refusesAStaleVersionWithConflict() {
        String id = persona("Arun");
        ok(owner.put(api("/personas/" + id), Map.of("kind", "PERSONA", "name", "Arun, EM", "version", 0)));
        ApiClient.Response stale =
                owner.put(api("/personas/" + id), Map.of("kind", "PERSONA", "name", "Arun the second", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).contains("someone else changed");
        assertThat(owner.patch(api("/personas/" + id), Map.of("name", "Arun 3", "version", 0))
                        .status())
                .isEqualTo(409);
        assertThat(field(owner.put(api("/personas/" + id), Map.of("kind", "PERSONA", "name", "No version"))))
                .isEqualTo("version");
        assertThat(ok(owner.get(api("/personas/" + id))).get("name").asString()).isEqualTo("Arun, EM");
    }

    @Test
    void countsTheNeedsOfAPersonaAndKeepsThemWhenThePersonaGoes() {
        String id = persona("Renata");
        String need = need("Spread demos fairly", id, "CRITICAL");
        assertThat(ok(owner.get(api("/personas/" + id))).get("needCount").asInt())
                .isEqualTo(1);
        ok(owner.delete(api("/personas/" + id)));
        JsonNode kept = ok(owner.get(api("/needs/" + need)));
        assertThat(kept.get("personaId").isNull()).isTrue();
    }

    @Test
    void viewersReadButCannotChangeAndStrangersSeeNothing() {
        String id = persona("Maya");
        ApiClient viewer = member("Victor", "VIEWER");
        ApiClient contributor = member("Cora", "CONTRIBUTOR");
        ApiClient stranger = newUser("Mallory");

        assertThat(ok(viewer.get(api("/personas"))).get("total").asInt()).isEqualTo(1);
        assertThat(viewer.post(api("/personas"), Map.of("kind", "PERSONA", "name", "Mine"))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.patch(api("/personas/" + id), Map.of("name", "Renamed"))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.delete(api("/personas/" + id)).status()).isEqualTo(403);
        assertThat(contributor
                        .post(api("/personas"), Map.of("kind", "PERSONA", "name", "Mine"))
                        .status())
                .isEqualTo(403);

        assertThat(stranger.get(api("/personas")).status()).isEqualTo(404);
        assertThat(stranger.get(api("/personas/" + id)).status()).isEqualTo(404);
        assertThat(stranger.post(api("/personas"), Map.of("kind", "PERSONA", "name", "Sneaky"))
                        .status())
                .isEqualTo(404);
        assertThat(stranger.delete(api("/personas/" + id)).status()).isEqualTo(404);
        assertThat(ok(owner.get(api("/personas/" + id))).get("name").asString()).isEqualTo("Maya");
    }

    @Test
    void doesNotFindAPersonaThroughAnotherProduct() {
        String id = persona("Maya");
        String other = newProduct(owner, workspace, "Other");
        assertThat(owner.get("/api/v1/products/" + other + "/personas/" + id).status())
                .isEqualTo(404);
        assertThat(owner.delete("/api/v1/products/" + other + "/personas/" + id).status())
                .isEqualTo(404);
    }
}
