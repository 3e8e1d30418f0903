package dev.northstar.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.workspace.Access;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;

/** A product with an owner, and notes, personas and needs made the quick way, for the discovery tests. */
abstract class DiscoveryFixtures extends ApiTestSupport {

    @Autowired
    FeedbackInbox inbox;

    ApiClient owner;
    String workspace;
    String product;

    void ownProduct() {
        owner = newUser("Olivia");
        workspace = newWorkspace(owner, "Acme");
        product = newProduct(owner, workspace, "Calendar");
    }

    ApiClient member(String name, String role) {
        ApiClient c = newUser(name);
        addMember(owner, workspace, c, role);
        return c;
    }

    String note(String text) {
        return Access.asSystem(() -> inbox.add(
                        UUID.fromString(product), new NewNote(text, NoteSource.INTERVIEW, null, null, null, null)))
                .id()
                .toString();
    }

    void deleteNote(String noteId) {
        Access.asSystem(() -> inbox.delete(UUID.fromString(product), UUID.fromString(noteId)));
    }

    String api(String path) {
        return "/api/v1/products/" + product + path;
    }

    String persona(String name) {
        ApiClient.Response r = owner.post(api("/personas"), Map.of("kind", "PERSONA", "name", name));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    String need(String title, String personaId, String importance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("importance", importance);
        if (personaId != null) {
            body.put("personaId", personaId);
        }
        ApiClient.Response r = owner.post(api("/needs"), body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    static String field(ApiClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        return r.json().get("errors").get(0).get("field").asString();
    }
}
