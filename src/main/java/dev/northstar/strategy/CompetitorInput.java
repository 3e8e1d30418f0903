package dev.northstar.strategy;

import dev.northstar.common.Checks;
import java.util.List;

/**
 * A competitor: name, website, how they position and price themselves, their strengths and
 * weaknesses. {@code ratings} null leaves the competitor's cells of the matrix as they are; a list
 * sets the cells it names.
 */
public record CompetitorInput(
        String name,
        String website,
        String positioning,
        String pricing,
        String strengths,
        String weaknesses,
        List<RatingInput> ratings) {

    public static final int MAX_NAME = 200;
    public static final int MAX_WEBSITE = 500;
    public static final int MAX_POSITIONING = 2000;
    public static final int MAX_PRICING = 1000;
    public static final int MAX_TEXT = 4000;

    public CompetitorInput {
        name = Checks.trimToNull(name);
        website = Checks.trimToNull(website);
        positioning = Checks.trimToNull(positioning);
        pricing = Checks.trimToNull(pricing);
        strengths = Checks.trimToNull(strengths);
        weaknesses = Checks.trimToNull(weaknesses);
        ratings = ratings == null ? null : List.copyOf(ratings);
        if (website != null && !website.matches("(?i)https?://.*")) {
            website = website.contains("://") || website.contains(" ") ? website : "https://" + website;
        }
        Checks.start()
                .notBlank(name, "name", "Name")
                .maxLength(name, MAX_NAME, "name", "Name")
                .maxLength(website, MAX_WEBSITE, "website", "Website")
                .require(
                        website == null || website.matches("(?i)https?://[^\\s/$.?#][^\\s]*"),
                        "website",
                        "Website must be a web address such as https://example.com")
                .maxLength(positioning, MAX_POSITIONING, "positioning", "Positioning")
                .maxLength(pricing, MAX_PRICING, "pricing", "Pricing")
                .maxLength(strengths, MAX_TEXT, "strengths", "Strengths")
                .maxLength(weaknesses, MAX_TEXT, "weaknesses", "Weaknesses")
                .orThrow();
    }
}
