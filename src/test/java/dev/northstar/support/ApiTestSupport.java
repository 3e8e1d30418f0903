package dev.northstar.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.workspace.Accounts;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Base for API integration tests: users with tokens, workspaces and products made through the real API. */
public abstract class ApiTestSupport {

    public static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    protected int port;

    @Autowired
    protected Accounts accounts;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("northstar.data-dir", () -> TestDataDir.fresh("it").toString());
    }

    /** A new account and a client signed in with its bearer token. */
    protected ApiClient newUser(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        accounts.createUser(email, name, PASSWORD);
        ApiClient.Response r =
                ApiClient.anonymous(port).basic(email, PASSWORD).post("/api/v1/tokens", Map.of("name", "test"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        ApiClient client =
                ApiClient.anonymous(port).bearer(r.json().get("token").asString());
        client.email = email;
        return client;
    }

    protected static String email(ApiClient client) {
        return client.email;
    }

    protected String newWorkspace(ApiClient client, String name) {
        ApiClient.Response r = client.post("/api/v1/workspaces", Map.of("name", name));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    protected String newProduct(ApiClient client, String workspaceId, String name) {
        ApiClient.Response r = client.post("/api/v1/workspaces/" + workspaceId + "/products", Map.of("name", name));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    protected void addMember(ApiClient owner, String workspaceId, ApiClient member, String role) {
        ApiClient.Response r = owner.post(
                "/api/v1/workspaces/" + workspaceId + "/members", Map.of("email", member.email, "role", role));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    protected static JsonNode ok(ApiClient.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 299);
        return r.body().isEmpty() ? null : r.json();
    }
}
