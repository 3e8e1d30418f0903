package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.Cli;
import dev.northstar.support.TestDataDir;
import dev.northstar.workspace.Accounts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** {@code practice next}: today's review queue of an account, printed offline against a data directory. */
class PracticeCommandIntegrationTests {

    static final String PASSWORD = "correct-horse-battery";

    @Test
    void printsTodaysCardsThenWhenTheNextReviewIsOnceTheQueueIsDone() {
        Path dir = TestDataDir.fresh("cli-practice");
        String card;
        try (ConfigurableApplicationContext server = CommandLineIntegrationTests.server(dir)) {
            int port = CommandLineIntegrationTests.port(server);
            Accounts accounts = server.getBean(Accounts.class);
            accounts.createUser("ada@example.test", "Ada", PASSWORD);
            accounts.createUser("grace@example.test", "Grace", PASSWORD);
            ApiClient ada = client(port, "ada@example.test");
            JsonNode queue = ada.get("/api/v1/practice/reviews/queue").json();
            card = queue.get("items").get(0).get("cardId").asString();
            assertThat(ada.post("/api/v1/practice/reviews", Map.of("cardId", card, "score", 3))
                            .status())
                    .isEqualTo(200);
            assertThat(ada.put("/api/v1/practice/settings", Map.of("dailyNewLimit", 0))
                            .status())
                    .isEqualTo(200);
        }

        Cli grace = Cli.run("practice", "next", "--email", "grace@example.test", "--data-dir", dir.toString());
        assertThat(grace.exitCode()).as(grace.err()).isZero();
        List<String> lines = grace.out().lines().toList();
        assertThat(lines).hasSize(10);
        assertThat(lines.getFirst()).startsWith(card + "\t");
        for (String line : lines) {
            String[] parts = line.split("\t");
            assertThat(parts).hasSize(3);
            assertThat(parts[0]).matches("[qf]:.+");
            assertThat(parts[2]).isNotBlank().hasSizeLessThanOrEqualTo(PracticeCommand.FRONT_WIDTH);
        }

        Cli ada = Cli.run("practice", "next", "--email", "ada@example.test", "--data-dir", dir.toString());
        assertThat(ada.exitCode()).as(ada.err()).isZero();
        assertThat(ada.out().strip())
                .isEqualTo("Nothing due today; next review "
                        + LocalDate.now(ZoneOffset.UTC).plusDays(2));
    }

    @Test
    void namesAnUnknownAccountInOneLineWithExitCode2() {
        Cli r = Cli.run(
                "practice",
                "next",
                "--email",
                "nobody@example.test",
                "--data-dir",
                TestDataDir.fresh("cli-practice-none").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errorLines()).containsExactly("error: email: no account with email nobody@example.test");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void truncatesLongFrontsToOneLine() {
        assertThat(PracticeCommand.truncate("What are the\nsteps?")).isEqualTo("What are the steps?");
        String longText = "word ".repeat(40);
        assertThat(PracticeCommand.truncate(longText))
                .hasSizeLessThanOrEqualTo(80)
                .endsWith("…");
    }

    private static ApiClient client(int port, String email) {
        ApiClient.Response token =
                ApiClient.anonymous(port).basic(email, PASSWORD).post("/api/v1/tokens", Map.of("name", "cli test"));
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        return ApiClient.anonymous(port).bearer(token.json().get("token").asString());
    }
}
