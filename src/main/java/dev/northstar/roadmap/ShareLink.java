package dev.northstar.roadmap;

import java.time.Instant;

/** The read-only link for stakeholders: {@code path} is {@code /public/roadmaps/{token}}. */
public record ShareLink(String token, String path, Instant createdAt) {

    static ShareLink of(String token, Instant createdAt) {
        return new ShareLink(token, "/public/roadmaps/" + token, createdAt);
    }
}
