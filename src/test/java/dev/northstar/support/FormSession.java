package dev.northstar.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without JavaScript: signs in through the login form, keeps the session cookie, posts forms with the page's CSRF token. */
public final class FormSession {

    public record Page(int status, String body, String location) {
        private static final Pattern CSRF = Pattern.compile(
                "name=\"_csrf\"\\s+(?:type=\"hidden\"\\s+)?value=\"([^\"]+)\"|<meta name=\"_csrf\" content=\"([^\"]+)\"");

        String csrf() {
            Matcher m = CSRF.matcher(body);
            assertThat(m.find()).as("a CSRF token on the page").isTrue();
            return m.group(1) != null ? m.group(1) : m.group(2);
        }
    }

    private final int port;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private String csrf;

    private FormSession(int port) {
        this.port = port;
    }

    public static FormSession signIn(int port, String email, String password) {
        FormSession s = new FormSession(port);
        Page login = s.get("/login");
        Page done = s.post("/login", Map.of("username", email, "password", password), login.csrf());
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.location()).doesNotContain("error");
        s.csrf = s.get("/").csrf();
        return s;
    }

    /** A visitor without an account (public pages): the session's CSRF token comes from the login page. */
    public static FormSession anonymous(int port) {
        FormSession s = new FormSession(port);
        s.csrf = s.get("/login").csrf();
        return s;
    }

    public Page get(String path) {
        return get(path, Map.of());
    }

    public Page get(String path, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html")
                .GET();
        headers.forEach(b::header);
        return send(b);
    }

    /** Posts a form with the session's CSRF token. */
    public Page post(String path, Map<String, String> form) {
        return post(path, form, csrf, Map.of());
    }

    public Page post(String path, Map<String, String> form, Map<String, String> headers) {
        return post(path, form, csrf, headers);
    }

    private Page post(String path, Map<String, String> form, String token) {
        return post(path, form, token, Map.of());
    }

    private Page post(String path, Map<String, String> form, String token, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(form);
        all.put("_csrf", token);
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return send(b);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String location = r.headers()
                    .firstValue("Location")
                    .map(l -> l.replaceFirst("^https?://[^/]+", ""))
                    .orElse(null);
            return new Page(r.statusCode(), r.body(), location);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
