package dev.northstar.discovery;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A cookie-keeping HTTP client that uses the pages like a browser without JavaScript: sign in, read, post forms with their CSRF token. */
final class FormClient {

    record Page(int status, String body, String location) {}

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private String csrf;

    FormClient(int port) {
        this.base = "http://localhost:" + port;
    }

    static FormClient signedIn(int port, String email, String password) {
        FormClient c = new FormClient(port);
        c.get("/login");
        Page p = c.post("/login", List.of(Map.entry("username", email), Map.entry("password", password)));
        if (p.status() != 302 || p.location() == null || p.location().contains("error")) {
            throw new IllegalStateException("sign-in failed: " + p.status() + " " + p.location());
        }
        return c;
    }

    /** Reads a page and remembers the CSRF token of its forms. */
    Page get(String path) {
        Page p = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html")
                .GET());
        Matcher m = CSRF.matcher(p.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return p;
    }

    /** Posts a form (fields may repeat, as checkboxes do) with the last CSRF token seen; extra headers come as name, value pairs. */
    Page post(String path, List<Map.Entry<String, String>> fields, String... headers) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        if (csrf != null) {
            all.add(Map.entry("_csrf", csrf));
        }
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> f : all) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    Page post(String path, Map<String, String> fields, String... headers) {
        return post(path, List.copyOf(fields.entrySet()), headers);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(
                    r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
