package dev.northstar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.EmbeddedPostgresConfig;
import dev.northstar.support.TestDataDir;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The roadmap share of the Cadence demo: three teams over four quarters, releases, placed features, dependencies. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "northstar.demo=true",
            "northstar.bootstrap.admin-email=demo-owner@example.test",
            "northstar.bootstrap.admin-password=" + CadenceDemoIntegrationTests.PASSWORD
        })
@Import(EmbeddedPostgresConfig.class)
class RoadmapDemoIntegrationTests {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("northstar.data-dir", () -> TestDataDir.fresh("demo").toString());
    }

    @Test
    void loadsTeamsReleasesItemsAndDependencies() {
        ApiClient basic =
                ApiClient.anonymous(port).basic("demo-owner@example.test", CadenceDemoIntegrationTests.PASSWORD);
        ApiClient owner = ApiClient.anonymous(port)
                .bearer(basic.post("/api/v1/tokens", Map.of("name", "roadmap demo"))
                        .json()
                        .get("token")
                        .asString());
        String ws = owner.get("/api/v1/workspaces")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        String product = owner.get("/api/v1/workspaces/" + ws + "/products")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        String api = "/api/v1/products/" + product + "/roadmap";

        List<String> teams = new ArrayList<>();
        owner.get(api + "/teams").json().forEach(t -> teams.add(t.get("name").asString()));
        assertThat(teams).containsExactly("Sync", "Scheduling", "Platform & Mobile");
        assertThat(owner.get(api + "/releases").json().size()).isEqualTo(4);
        assertThat(owner.get(api + "/items").json().size()).isEqualTo(21);
        assertThat(owner.get(api + "/dependencies").json().size()).isEqualTo(5);

        JsonNode timeline = owner.get(api + "?view=timeline").json();
        assertThat(timeline.get("lanes").size()).isEqualTo(3);
        // the mobile team starts the horizon over capacity, which the timeline marks
        assertThat(timeline.get("overCapacity").get(0).get("teamName").asString())
                .isEqualTo("Platform & Mobile");
        // goal lanes carry the strategy goals' titles
        List<String> goalLanes = new ArrayList<>();
        owner.get(api + "?view=timeline&lane=goal")
                .json()
                .get("lanes")
                .forEach(l -> goalLanes.add(l.get("name").asString()));
        assertThat(goalLanes).isNotEmpty().noneMatch(n -> n.matches("Goal [0-9a-f]{8}"));
        assertThat(goalLanes.stream().filter(n -> !n.equals("No goal"))).isNotEmpty();
        JsonNode board = owner.get(api).json();
        assertThat(board.get("columns").get(0).get("cards").size()).isGreaterThan(3);
    }
}
