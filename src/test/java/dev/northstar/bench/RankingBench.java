package dev.northstar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.common.Rows;
import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ranking 10,000 features in every framework: p95 of GET /features?rankBy=… measured around each HTTP
 * request (loopback), one at a time, first page of 50 and a page of 500. Not a test (surefire does
 * not pick it up): run with bench/ranking.sh, which writes bench/RESULTS-ranking.md.
 */
@IntegrationTest
class RankingBench extends ApiTestSupport {

    static final int FEATURES = Integer.getInteger("bench.features", 10_000);
    static final int REQUESTS = Integer.getInteger("bench.requests", 300);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ranksTenThousandFeatures() throws IOException {
        ApiClient owner = newUser("Bench");
        String ws = newWorkspace(owner, "Bench");
        String product = newProduct(owner, ws, "Ranked");
        UUID productId = UUID.fromString(product);
        String card = ok(owner.post(
                        "/api/v1/products/" + product + "/scorecards",
                        Map.of(
                                "name",
                                "Growth",
                                "drivers",
                                List.of(
                                        Map.of("name", "Revenue", "weight", 2, "min", 1, "max", 5),
                                        Map.of("name", "Fit", "weight", 1, "min", 1, "max", 5)))))
                .get("id")
                .asString();
        seed(productId, "scorecard-" + card);

        List<String> frameworks =
                List.of("rice", "ice", "wsjf", "value-effort", "moscow", "kano", "scorecard-" + card, "manual");
        StringBuilder table =
                new StringBuilder("| ranking | page of 50: p50 / p95 | page of 500: p50 / p95 |\n|---|---|---|\n");
        for (String f : frameworks) {
            String path = "/api/v1/products/" + product + "/features?rankBy=" + f;
            assertThat(ok(owner.get(path)).get("total").asInt()).isEqualTo(FEATURES);
            double[] small = measure(owner, path + "&size=50");
            double[] large = measure(owner, path + "&size=500&page=3");
            table.append(String.format(
                    "| %s | %.1f / %.1f ms | %.1f / %.1f ms |%n",
                    f.startsWith("scorecard") ? "scorecard" : f, small[0], small[1], large[0], large[1]));
        }
        String out = "# Ranking benchmark\n\nWritten by `bench/ranking.sh` on " + LocalDate.now() + " with " + FEATURES
                + " features scored in every framework, " + REQUESTS
                + " requests per line after 50 warm-up requests.\n\n"
                + "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version")
                + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version")
                + "; server and client in one JVM over loopback; H2 embedded database.\n\n" + table
                + "\nTarget: p95 ≤ 30 ms for ranking 10k features in any framework. Latencies are measured around each "
                + "HTTP request (security filter, query, JSON), one request at a time.\n";
        Files.writeString(Path.of("bench/RESULTS-ranking.md"), out);
        System.out.println(out);
    }

    private double[] measure(ApiClient client, String path) {
        for (int i = 0; i < 50; i++) {
            client.get(path);
        }
        double[] ms = new double[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long t = System.nanoTime();
            ApiClient.Response r = client.get(path);
            ms[i] = (System.nanoTime() - t) / 1e6;
            assertThat(r.status()).isEqualTo(200);
        }
        Arrays.sort(ms);
        return new double[] {ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1]};
    }

    private void seed(UUID productId, String scorecard) {
        Random random = new Random(42);
        Object now = Rows.ts(Instant.now());
        List<Object[]> features = new ArrayList<>();
        List<Object[]> scores = new ArrayList<>();
        List<Object[]> ranks = new ArrayList<>();
        String[] fw = {"rice", "ice", "wsjf", "value-effort", "moscow", "kano", scorecard};
        for (int i = 0; i < FEATURES; i++) {
            UUID id = UUID.randomUUID();
            features.add(new Object[] {id, productId, "Feature " + i, "IDEA", now, now});
            for (String f : fw) {
                double score = random.nextInt(100_000) / 10.0;
                scores.add(new Object[] {id, productId, f, score, "{}", "{\"formula\":\"bench\"}", now});
            }
            ranks.add(new Object[] {productId, id, i + 1});
        }
        jdbc.batchUpdate(
                "insert into features (id, product_id, title, status, created_at, updated_at) values (?, ?, ?, ?, ?, ?)",
                features);
        jdbc.batchUpdate("""
                insert into feature_scores (feature_id, product_id, framework, score, inputs, breakdown, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)""", scores);
        jdbc.batchUpdate("insert into feature_manual_ranks (product_id, feature_id, position) values (?, ?, ?)", ranks);
    }
}
