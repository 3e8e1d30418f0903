package dev.northstar.practice;

import static dev.northstar.practice.CheckerAssertions.assertStrong;
import static dev.northstar.practice.CheckerAssertions.levels;
import static dev.northstar.practice.CheckerAssertions.message;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductExecutionCheckerTests {

    final ProductExecutionChecker checker = new ProductExecutionChecker();

    static Map<String, Object> persona(String name) {
        return Map.of(
                "name", name,
                "motivations", "Look reliable to clients",
                "influences", "Agency owner, peers in a Slack group",
                "behaviours", "Books calls from her phone between meetings",
                "goals", "No double bookings this quarter",
                "preferences", "Tools that work inside her calendar",
                "frustrations", "Email ping-pong to find a time");
    }

    @Test
    void acceptsASpecificAudienceBehaviouralSegmentsAndMeasuredNeeds() {
        assertStrong(checker.check(Map.of(
                "product", "A team calendar",
                "audience", "Operations leads at agencies of 10 to 50 people who book client calls across time zones",
                "growth", "Invitees see the booking page and start their own team",
                "engagement", "Teams book most client calls through it every week",
                "monetization", "Paid seats per team grow as more colleagues take bookings",
                "businessMetrics", List.of("Weekly active teams", "Paid seats added per month"),
                "segments",
                        List.of(Map.of(
                                "segment", "Client-heavy teams",
                                "definedBy", "Book more than ten external meetings a week across time zones")),
                "personas", List.of(persona("Olu")),
                "needs",
                        List.of(Map.of(
                                "need", "Offer times without exposing my calendar",
                                "persona", "Olu",
                                "customerMetric", "% of client meetings booked with no email exchange, per week")))));
    }

    @Test
    void flagsAVagueAudienceDemographicSegmentsAndNeedsWithoutMetrics() {
        CheckResult r = checker.check(Map.of(
                "product", "A team calendar",
                "audience", "Everyone who uses a calendar",
                "growth", "More users",
                "businessMetrics", List.of("Engagement"),
                "segments",
                        List.of(Map.of(
                                "segment", "Young professionals", "definedBy", "Women 25-34 in London earning £40k")),
                "personas", List.of(Map.of("name", "Olu", "motivations", "Be on time")),
                "needs", List.of(Map.of("need", "Find a time quickly", "persona", "Zed"))));
        assertThat(levels(r))
                .containsEntry("audience", "weak")
                .containsEntry("engagement", "missing")
                .containsEntry("monetization", "missing")
                .containsEntry("businessMetrics[0]", "weak")
                .containsEntry("segments[0].definedBy", "weak")
                .containsEntry("personas[0]", "weak")
                .containsEntry("needs[0].persona", "weak")
                .containsEntry("needs[0].customerMetric", "missing");
        assertThat(message(r, "audience")).contains("Everyone");
        assertThat(message(r, "segments[0].definedBy")).contains("age, gender, location or income");
        assertThat(message(r, "personas[0]")).contains("influences").contains("frustrations");
    }

    @Test
    void plainUsersOrPeopleIsNotASpecificAudience() {
        assertThat(levels(checker.check(Map.of("audience", "Users")))).containsEntry("audience", "weak");
        assertThat(levels(checker.check(Map.of("audience", "people and businesses"))))
                .containsEntry("audience", "weak");
    }
}
