package dev.northstar.roadmap.web;

import dev.northstar.roadmap.RoadmapView;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Download responses for the exports; the file name says which view it is. */
final class Exported {

    private Exported() {}

    static ResponseEntity<String> markdown(String body, RoadmapView view) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(view, "md"))
                .body(body);
    }

    static ResponseEntity<String> svg(String body, RoadmapView view) {
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(view, "svg"))
                // the SVG holds user text; never let a browser run anything in it
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .body(body);
    }

    static ResponseEntity<byte[]> png(byte[] body, RoadmapView view) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(view, "png"))
                .body(body);
    }

    private static String attachment(RoadmapView view, String ext) {
        return ContentDisposition.attachment()
                .filename("roadmap-" + view.key() + "." + ext)
                .build()
                .toString();
    }
}
