package dev.northstar.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The backup and restore pages over real HTTP with a signed-in session. */
@IntegrationTest
class BackupPagesIntegrationTests extends ApiTestSupport {

    record Page(int status, String body, String location, String disposition) {
        String csrf() {
            Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(body);
            assertThat(m.find()).as("a CSRF field on the page").isTrue();
            return m.group(1);
        }
    }

    final class Browser {
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        Page get(String path) {
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Accept", "text/html")
                    .GET());
        }

        Page login(String email) {
            String csrf = get("/login").csrf();
            String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + PASSWORD
                    + "&_csrf=" + csrf;
            return send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        Page upload(String path, String csrf, String json) {
            String boundary = "----northstar" + UUID.randomUUID();
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                    + "--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"backup.json\"\r\nContent-Type: application/json\r\n\r\n"
                    + json + "\r\n--" + boundary + "--\r\n";
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Accept", "text/html")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private Page send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Page(
                        r.statusCode(),
                        r.body(),
                        r.headers()
                                .firstValue("Location")
                                .map(l -> l.replaceFirst("^https?://[^/]+", ""))
                                .orElse(null),
                        r.headers().firstValue("Content-Disposition").orElse(null));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    Browser signIn(ApiClient who) {
        Browser browser = new Browser();
        Page done = browser.login(email(who));
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.location()).doesNotContain("error");
        return browser;
    }

    @Test
    void ownersDownloadABackupFromTheWorkspacePage() {
        ApiClient owner = newUser("Olivia");
        ApiClient editor = newUser("Eddie");
        String ws = newWorkspace(owner, "Acme Labs");
        newProduct(owner, ws, "Calendar");
        addMember(owner, ws, editor, "EDITOR");

        Browser browser = signIn(owner);
        assertThat(browser.get("/workspaces/" + ws).body()).contains("href=\"/workspaces/" + ws + "/backup\"");
        Page page = browser.get("/workspaces/" + ws + "/backup");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Back up Acme Labs")
                .contains("href=\"/workspaces/" + ws + "/backup/download\"");
        Page file = browser.get("/workspaces/" + ws + "/backup/download");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.disposition()).startsWith("attachment").contains("northstar-acme-labs-");
        assertThat(file.body()).contains("\"format\": \"northstar-workspace\"").contains("\"name\": \"Calendar\"");

        Browser editing = signIn(editor);
        assertThat(editing.get("/workspaces/" + ws).body()).doesNotContain("/backup\"");
        assertThat(editing.get("/workspaces/" + ws + "/backup").status()).isEqualTo(403);
        assertThat(editing.get("/workspaces/" + ws + "/backup/download").status())
                .isEqualTo(403);
    }

    @Test
    void restoresAnUploadedBackupOrSaysWhyNot() {
        ApiClient owner = newUser("Olivia");
        String ws = newWorkspace(owner, "Acme Labs");
        String backup = owner.get("/api/v1/workspaces/" + ws + "/export").body();
        Browser browser = signIn(owner);
        String csrf = browser.get("/workspaces/restore").csrf();

        Page refused = browser.upload("/workspaces/restore", csrf, backup);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("already exists in this database").contains("type=\"file\"");

        Page broken = browser.upload("/workspaces/restore", csrf, "{\"format\": \"northstar-workspace\"");
        assertThat(broken.body()).contains("not valid JSON");

        Page restored = browser.upload("/workspaces/restore", csrf, WorkspaceBackupIntegrationTests.freshIds(backup));
        assertThat(restored.status()).isEqualTo(302);
        assertThat(restored.location()).startsWith("/workspaces/").doesNotContain(ws);
        assertThat(browser.get(restored.location()).body()).contains("Restored workspace Acme Labs.");
    }
}
