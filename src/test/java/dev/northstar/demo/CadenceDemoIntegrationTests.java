package dev.northstar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.EmbeddedPostgresConfig;
import dev.northstar.support.TestDataDir;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The demo a newcomer sees first: every module's share loads, linked up, for the first owner. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "northstar.demo=true",
            "northstar.bootstrap.admin-email=demo-owner@example.test",
            "northstar.bootstrap.admin-password=" + CadenceDemoIntegrationTests.PASSWORD
        })
@Import(EmbeddedPostgresConfig.class)
class CadenceDemoIntegrationTests {

    static final String PASSWORD = "demo-password-123";

    @LocalServerPort
    int port;

    ApiClient owner;
    String product;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("northstar.data-dir", () -> TestDataDir.fresh("demo").toString());
    }

    @BeforeEach
    void signIn() {
        ApiClient basic = ApiClient.anonymous(port).basic("demo-owner@example.test", PASSWORD);
        ApiClient.Response token = basic.post("/api/v1/tokens", java.util.Map.of("name", "demo test"));
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        owner = ApiClient.anonymous(port).bearer(token.json().get("token").asString());
        JsonNode workspaces = owner.get("/api/v1/workspaces").json().get("items");
        String ws = workspaces.get(0).get("id").asString();
        product = owner.get("/api/v1/workspaces/" + ws + "/products")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
    }

    @Test
    void loadsDiscoveryWithPersonasNeedsAndNotes() {
        assertThat(total("/personas")).isBetween(3, 6);
        assertThat(total("/needs")).isGreaterThanOrEqualTo(8);
        assertThat(total("/notes")).isGreaterThanOrEqualTo(190);
    }

    @Test
    void loadsFortyFeaturesCitingTheirEvidence() {
        assertThat(total("/features?archived=true")).isEqualTo(40);
        List<JsonNode> features = items("/features?archived=true&size=100");
        assertThat(features.stream().filter(f -> !f.get("evidence").isEmpty()).count())
                .isGreaterThanOrEqualTo(30);
        assertThat(features.stream().filter(f -> !f.get("parentId").isNull()).count())
                .isGreaterThanOrEqualTo(4);
        assertThat(features.stream().filter(f -> !f.get("goalIds").isEmpty()).count())
                .isGreaterThanOrEqualTo(30);
    }

    int total(String path) {
        ApiClient.Response r = owner.get("/api/v1/products/" + product + path);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("total").asInt();
    }

    List<JsonNode> items(String path) {
        List<JsonNode> out = new ArrayList<>();
        owner.get("/api/v1/products/" + product + path).json().get("items").forEach(out::add);
        return out;
    }
}
