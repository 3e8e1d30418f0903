package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.NorthstarApplication;
import dev.northstar.support.ApiClient;
import dev.northstar.support.Cli;
import dev.northstar.support.TestDataDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The jar's command line, run in this JVM against real data directories. */
class CommandLineIntegrationTests {

    static ConfigurableApplicationContext server(Path dataDir) {
        return new SpringApplicationBuilder(NorthstarApplication.class)
                .run("--northstar.data-dir=" + dataDir, "--server.port=0", "--northstar.demo=false");
    }

    static int port(ConfigurableApplicationContext ctx) {
        return Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void issuesTokensThatTheApiAcceptsAndExportsToStandardOutput() {
        Path dir = TestDataDir.fresh("cli-token");
        Cli token = Cli.run(
                "token",
                "create",
                "--email",
                "admin@northstar.local",
                "--name",
                "laptop",
                "--data-dir",
                dir.toString());
        assertThat(token.exitCode()).as(token.err()).isZero();
        String secret = token.out().strip();
        assertThat(secret).startsWith("nst_").doesNotContain("\n");

        try (ConfigurableApplicationContext server = server(dir)) {
            ApiClient admin = ApiClient.anonymous(port(server)).bearer(secret);
            ApiClient.Response created = admin.post("/api/v1/workspaces", Map.of("name", "Pilot"));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            JsonNode ws = created.json();
            assertThat(ws.get("name").asString()).isEqualTo("Pilot");

            // the running server holds the data directory: offline commands say so in one line
            Cli busy = Cli.run("export", "--workspace", "Pilot", "--data-dir", dir.toString());
            assertThat(busy.exitCode()).isEqualTo(2);
            assertThat(busy.errorLines())
                    .singleElement()
                    .asString()
                    .contains("in use by a running Northstar server")
                    .contains("use the API");
            assertThat(busy.out()).isEmpty();
        }

        Cli export = Cli.run("export", "--workspace", "Pilot", "--data-dir", dir.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        JsonNode backup = JsonMapper.builder().build().readTree(export.out());
        assertThat(backup.get("workspace").get("name").asString()).isEqualTo("Pilot");
        assertThat(backup.get("tables").get("users").get(0).get("email").asString())
                .isEqualTo("admin@northstar.local");
    }

    @Test
    void reportsAMissingFileInOneLineWithExitCode2() {
        Cli r = Cli.run("import", "/no/such/backup.json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("error: no such file: /no/such/backup.json");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void reportsMalformedJsonInOneLineWithExitCode2() throws IOException {
        Path file = TestDataDir.fresh("cli-bad").resolve("broken.json");
        Files.writeString(file, "{\"format\": \"northstar-workspace\", \"version\": 1, \"tables\": {\"users\": [");
        Cli r = Cli.run("import", file.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip())
                .startsWith("error: not valid JSON at line 1")
                .doesNotContain("\n");
    }

    @Test
    void refusesFilesOfAnotherFormatInOneLineWithExitCode2() throws IOException {
        Path file = TestDataDir.fresh("cli-foreign").resolve("board.json");
        Files.writeString(file, "{\"format\": \"trello-board\", \"lists\": []}");
        Cli r = Cli.run("import", file.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip())
                .isEqualTo(
                        "error: format: not a Northstar workspace backup: format is \"trello-board\", expected \"northstar-workspace\"");
    }

    @Test
    void explainsMissingArgumentsInOneLineWithExitCode2() {
        Cli r = Cli.run("export");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip())
                .contains("--workspace")
                .contains("northstar export --help")
                .doesNotContain("\n");
    }

    @Test
    void namesAnUnknownWorkspace() {
        Cli r = Cli.run(
                "export",
                "--workspace",
                "Nowhere",
                "--data-dir",
                TestDataDir.fresh("cli-empty").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errorLines()).containsExactly("error: workspace \"Nowhere\" not found");
        assertThat(r.out()).isEmpty();
    }
}
