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

/** The demo's stories, PRDs and decisions load under the demo's features. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "northstar.demo=true",
            "northstar.bootstrap.admin-email=demo-owner@example.test",
            "northstar.bootstrap.admin-password=" + SpecsDecisionsDemoIntegrationTests.PASSWORD
        })
@Import(EmbeddedPostgresConfig.class)
class SpecsDecisionsDemoIntegrationTests {

    static final String PASSWORD = "demo-password-123";

    @LocalServerPort
    int port;

    ApiClient owner;
    String product;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("northstar.data-dir", () -> TestDataDir.fresh("demo-specs").toString());
    }

    @BeforeEach
    void signIn() {
        ApiClient basic = ApiClient.anonymous(port).basic("demo-owner@example.test", PASSWORD);
        ApiClient.Response token = basic.post("/api/v1/tokens", java.util.Map.of("name", "demo test"));
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        owner = ApiClient.anonymous(port).bearer(token.json().get("token").asString());
        String ws = owner.get("/api/v1/workspaces")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        product = owner.get("/api/v1/workspaces/" + ws + "/products")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
    }

    @Test
    void loadsStoriesWithCriteriaForTheTopFeaturesAndThreePrds() {
        List<JsonNode> stories = items("/stories?size=200");
        assertThat(stories).hasSizeGreaterThanOrEqualTo(15);
        assertThat(stories.stream()
                        .map(s -> s.get("featureId").asString())
                        .distinct()
                        .count())
                .isEqualTo(8);
        assertThat(stories.stream().filter(s -> !s.get("criteria").isEmpty()).count())
                .isGreaterThanOrEqualTo(12);
        assertThat(stories.stream().map(s -> s.get("kind").asString()).distinct())
                .containsExactlyInAnyOrder("USER", "JOB");
        String outlook = stories.stream()
                .filter(s -> s.get("featureTitle").asString().startsWith("Outlook change notifications"))
                .findFirst()
                .orElseThrow()
                .get("featureId")
                .asString();
        JsonNode prd = ok("/features/" + outlook + "/prd");
        assertThat(prd.get("nonGoals")).hasSize(3);
        assertThat(prd.get("metrics")).hasSize(3);
        assertThat(prd.get("questions")).hasSize(3);
    }

    @Test
    void loadsFourDecisionsWithTheirFeaturesSnapshotted() {
        List<JsonNode> decisions = items("/decisions");
        assertThat(decisions).hasSize(4);
        JsonNode superseded = decisions.stream()
                .filter(d -> d.get("status").asString().equals("SUPERSEDED"))
                .findFirst()
                .orElseThrow();
        assertThat(superseded.get("supersededByTitle").asString())
                .isEqualTo("Replace Outlook polling with change notifications");
        assertThat(decisions.stream().mapToInt(d -> d.get("features").size()).sum())
                .isEqualTo(9);
        decisions.forEach(d -> d.get("features")
                .forEach(f -> assertThat(f.get("then").get("title").asString()).isNotBlank()));
    }

    JsonNode ok(String path) {
        ApiClient.Response r = owner.get("/api/v1/products/" + product + path);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    List<JsonNode> items(String path) {
        List<JsonNode> out = new ArrayList<>();
        ok(path).get("items").forEach(out::add);
        return out;
    }
}
