package dev.northstar.roadmap;

import java.time.Instant;

/** The read-only link for stakeholders: {@code /public/roadmaps/{token}}. */
public record ShareLink(String token, Instant createdAt) {

    public String path() {
        return "/public/roadmaps/" + token;
    }
}
