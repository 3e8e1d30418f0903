package dev.northstar.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@IntegrationTest
class WorkspaceApiIntegrationTests extends ApiTestSupport {

    @Test
    void issuesTokenOnlyForCorrectPassword() {
        ApiClient alice = newUser("Alice");
        ApiClient.Response wrong = ApiClient.anonymous(port)
                .basic(email(alice), "not-the-password")
                .post("/api/v1/tokens", Map.of());
        assertThat(wrong.status()).isEqualTo(401);
        ApiClient.Response none = ApiClient.anonymous(port).get("/api/v1/workspaces");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.body()).contains("Bearer");
        ApiClient.Response bogus = ApiClient.anonymous(port).bearer("nst_nope").get("/api/v1/workspaces");
        assertThat(bogus.status()).isEqualTo(401);
    }

    @Test
    void createsWorkspaceAndProductWithCaptureKey() {
        ApiClient alice = newUser("Alice");
        String ws = newWorkspace(alice, "Acme");
        var product = ok(alice.post(
                "/api/v1/workspaces/" + ws + "/products", Map.of("name", "Calendar", "description", "Team calendar")));
        assertThat(product.get("name").asString()).isEqualTo("Calendar");
        assertThat(product.get("captureKey").asString()).startsWith("phc_");

        var list = ok(alice.get("/api/v1/workspaces/" + ws + "/products"));
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("id").asString())
                .isEqualTo(product.get("id").asString());

        var rotated = ok(alice.post("/api/v1/products/" + product.get("id").asString() + "/capture-key", Map.of()));
        assertThat(rotated.get("captureKey").asString())
                .isNotEqualTo(product.get("captureKey").asString());
    }

    @Test
    void rejectsBlankNamesWithProblemNamingTheField() {
        ApiClient alice = newUser("Alice");
        ApiClient.Response r = alice.post("/api/v1/workspaces", Map.of("name", "  "));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        ApiClient.Response malformed = alice.post("/api/v1/workspaces", "{not json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("title").asString()).isEqualTo("Malformed request body");
    }

    @Test
    void strangersSeeNothingOfAnotherWorkspace() {
        ApiClient alice = newUser("Alice");
        ApiClient mallory = newUser("Mallory");
        String ws = newWorkspace(alice, "Acme");
        String product = newProduct(alice, ws, "Calendar");

        assertThat(mallory.get("/api/v1/workspaces/" + ws).status()).isEqualTo(404);
        assertThat(mallory.get("/api/v1/workspaces/" + ws + "/products").status())
                .isEqualTo(404);
        assertThat(mallory.get("/api/v1/products/" + product).status()).isEqualTo(404);
        assertThat(mallory.post("/api/v1/workspaces/" + ws + "/products", Map.of("name", "Sneaky"))
                        .status())
                .isEqualTo(404);
        assertThat(ok(mallory.get("/api/v1/workspaces")).get("total").asInt()).isZero();
    }

    @Test
    void enforcesRolesOnProductsAndMembers() {
        ApiClient owner = newUser("Olivia");
        ApiClient viewer = newUser("Victor");
        ApiClient editor = newUser("Eddie");
        String ws = newWorkspace(owner, "Acme");
        String product = newProduct(owner, ws, "Calendar");
        addMember(owner, ws, viewer, "VIEWER");
        addMember(owner, ws, editor, "EDITOR");

        assertThat(ok(viewer.get("/api/v1/products/" + product)).get("name").asString())
                .isEqualTo("Calendar");
        assertThat(viewer.post("/api/v1/workspaces/" + ws + "/products", Map.of("name", "Mine"))
                        .status())
                .isEqualTo(403);
        assertThat(editor.post("/api/v1/workspaces/" + ws + "/products", Map.of("name", "Scheduler"))
                        .status())
                .isEqualTo(201);
        assertThat(editor.post("/api/v1/products/" + product + "/capture-key", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(editor.post(
                                "/api/v1/workspaces/" + ws + "/members",
                                Map.of("email", "x@example.test", "role", "VIEWER"))
                        .status())
                .isEqualTo(403);

        var members = ok(owner.get("/api/v1/workspaces/" + ws + "/members"));
        assertThat(members.get("total").asInt()).isEqualTo(3);
    }

    @Test
    void keepsAtLeastOneOwner() {
        ApiClient owner = newUser("Olivia");
        String ws = newWorkspace(owner, "Acme");
        var me = ok(owner.get("/api/v1/workspaces/" + ws + "/members"))
                .get("items")
                .get(0)
                .get("userId")
                .asString();
        ApiClient.Response r = owner.patch("/api/v1/workspaces/" + ws + "/members/" + me, Map.of("role", "VIEWER"));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("detail").asString()).contains("at least one owner");
    }

    @Test
    void invitesNewPeopleWithOneTimeLink() {
        ApiClient owner = newUser("Olivia");
        String ws = newWorkspace(owner, "Acme");
        var invited = ok(owner.post(
                "/api/v1/workspaces/" + ws + "/members",
                Map.of("email", "newbie@example.test", "role", "contributor")));
        assertThat(invited.get("status").asString()).isEqualTo("invited");
        String token = invited.get("invitationUrl").asString().replace("/public/invitations/", "");
        accounts.acceptInvitation(token, "Newbie", PASSWORD);
        var members = ok(owner.get("/api/v1/workspaces/" + ws + "/members"));
        assertThat(members.toString()).contains("newbie@example.test").contains("CONTRIBUTOR");
        assertThat(accounts.invitation(token)).isEmpty();
    }

    @Test
    void pagesCollections() {
        ApiClient alice = newUser("Alice");
        for (int i = 0; i < 3; i++) {
            newWorkspace(alice, "W" + i);
        }
        var page = ok(alice.get("/api/v1/workspaces?page=1&size=2"));
        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(page.get("items").size()).isEqualTo(1);
        assertThat(alice.get("/api/v1/workspaces?size=0").status()).isEqualTo(400);
    }
}
