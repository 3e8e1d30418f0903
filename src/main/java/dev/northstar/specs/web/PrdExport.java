package dev.northstar.specs.web;

import dev.northstar.prioritization.FeatureView;
import dev.northstar.prioritization.Features;
import dev.northstar.specs.Prds;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The Markdown download of a PRD, shared by the page and the API. */
@Component
class PrdExport {

    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

    private final Prds prds;
    private final Features features;

    PrdExport(Prds prds, Features features) {
        this.prds = prds;
        this.features = features;
    }

    ResponseEntity<byte[]> markdown(UUID productId, UUID featureId) {
        FeatureView feature = features.get(productId, featureId);
        String md = prds.markdown(productId, featureId);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName(feature.title()) + "-prd.md", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MARKDOWN)
                .body(md.getBytes(StandardCharsets.UTF_8));
    }

    static String fileName(String title) {
        String slug =
                title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60);
        }
        return slug.isEmpty() ? "feature" : slug;
    }
}
