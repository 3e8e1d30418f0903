package dev.northstar.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.Cli;
import dev.northstar.support.IntegrationTest;
import dev.northstar.support.TestDataDir;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A workspace backup carries the roadmap, and a restore elsewhere reproduces it exactly. */
@IntegrationTest
class RoadmapBackupIntegrationTests extends ApiTestSupport {

    @Test
    void backupRestoresTheRoadmapExactly() throws Exception {
        ApiClient owner = newUser("Olivia");
        String ws = newWorkspace(owner, "Roadmap backup " + System.nanoTime());
        String product = newProduct(owner, ws, "Calendar");
        String api = "/api/v1/products/" + product;
        Period q0 = Period.containing(Granularity.QUARTER, LocalDate.now());
        String a = ok(owner.post(api + "/features", Map.of("title", "A", "status", "candidate", "effort", 1)))
                .get("id")
                .asString();
        String b = ok(owner.post(api + "/features", Map.of("title", "B", "status", "planned", "effort", 1.5)))
                .get("id")
                .asString();
        ok(owner.put(api + "/roadmap/settings", Map.of("granularity", "quarter", "horizon", 3)));
        String team = ok(owner.post(
                        api + "/roadmap/teams",
                        Map.of("name", "Platform", "members", 3, "capacity", Map.of(q0.key(), 4.5))))
                .get("id")
                .asString();
        ok(owner.post(
                api + "/roadmap/releases",
                Map.of("name", "R1", "date", q0.firstDay().toString())));
        ok(owner.put(api + "/roadmap/items/" + b, Map.of("teamId", team, "period", q0.key(), "committed", true)));
        ok(owner.post(api + "/roadmap/dependencies", Map.of("featureId", a, "needsFeatureId", b)));
        ok(owner.post(api + "/roadmap/plan", Map.of()));
        ok(owner.post(api + "/roadmap/share", Map.of()));

        ApiClient.Response download = owner.get("/api/v1/workspaces/" + ws + "/export");
        assertThat(download.status()).as(download.body()).isEqualTo(200);
        JsonNode tables = download.json().get("tables");
        for (String t : List.of(
                "roadmap_settings",
                "teams",
                "team_capacities",
                "releases",
                "roadmap_items",
                "feature_dependencies",
                "roadmap_plans",
                "roadmap_plan_entries",
                "roadmap_shares")) {
            assertThat(tables.get(t)).as(t).isNotEmpty();
        }

        Path dir = TestDataDir.fresh("roadmap-restore");
        Path file = TestDataDir.fresh("roadmap-backup").resolve("backup.json");
        Files.writeString(file, download.body(), StandardCharsets.UTF_8);
        Cli restored = Cli.run("import", file.toString(), "--data-dir", dir.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        String wsName = download.json().get("workspace").get("name").asString();
        Path again = TestDataDir.fresh("roadmap-again").resolve("again.json");
        Cli exported =
                Cli.run("export", "--workspace", wsName, "--out", again.toString(), "--data-dir", dir.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(withoutExportedAt(Files.readString(again))).isEqualTo(withoutExportedAt(download.body()));
    }

    static String withoutExportedAt(String json) {
        return json.replaceFirst("\"exportedAt\": \"[^\"]*\"", "\"exportedAt\": \"-\"")
                .strip();
    }
}
