package dev.northstar.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.workspace.Access;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;

/** Adding notes straight through the inbox facade (as the system) and reading pages with HTTP Basic. */
abstract class MeaningTestSupport extends ApiTestSupport {

    @Autowired
    FeedbackInbox inbox;

    @Autowired
    SimilarNotes similarNotes;

    UUID note(String productId, String text) {
        return note(productId, text, null, null, List.of());
    }

    UUID note(String productId, String text, String customer, String company, List<String> tags) {
        NewNote n = new NewNote(
                text, NoteSource.SUPPORT, new Customer(customer, company, null, null, null), null, tags, null);
        products.add(UUID.fromString(productId));
        return Access.asSystem(() -> inbox.add(UUID.fromString(productId), n)).id();
    }

    /** Products this test added notes to: waiting is for their notes, not for other tests' imports. */
    private final java.util.Set<UUID> products = new java.util.HashSet<>();

    void awaitEmbeddings() {
        for (UUID product : products) {
            assertThat(similarNotes.awaitEmbeddings(product, Duration.ofSeconds(120)))
                    .as("embeddings computed in time")
                    .isTrue();
        }
    }

    record Page(int status, String body) {}

    Page page(ApiClient user, String path, boolean htmx) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (email(user) + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/html");
        if (htmx) {
            r.header("HX-Request", "true");
        }
        try {
            HttpResponse<String> res =
                    HttpClient.newHttpClient().send(r.GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Page(res.statusCode(), res.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
