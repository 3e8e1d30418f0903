package dev.northstar.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.FormSession;
import dev.northstar.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The practice home page, the review page, review settings and progress, as a browser without JavaScript sees them. */
@IntegrationTest
class ReviewPagesIntegrationTests extends ApiTestSupport {

    private static final Pattern CARD = Pattern.compile("data-card=\"([^\"]+)\"");

    FormSession session(ApiClient client) {
        return FormSession.signIn(port, email(client), PASSWORD);
    }

    static String currentCard(FormSession.Page page) {
        Matcher m = CARD.matcher(page.body());
        assertThat(m.find()).as("a card on the review page").isTrue();
        return m.group(1);
    }

    @Test
    void aNewUsersPracticePageExplainsWhereToStart() {
        FormSession alice = session(newUser("Alice"));
        FormSession.Page today = alice.get("/practice");
        assertThat(today.status()).isEqualTo(200);
        assertThat(today.body())
                .contains("Welcome to practice")
                .contains("Review my first cards")
                .contains("href=\"/practice/reviews\"")
                .contains("href=\"/practice/mocks\"")
                .contains("href=\"/practice/exercises\"")
                .contains("href=\"/practice/stories\"")
                .contains("href=\"/practice/progress\"");
    }

    @Test
    void scoringACardOnTheReviewPageShowsTheNextOneAndTheSchedule() {
        ApiClient api = newUser("Alice");
        FormSession alice = session(api);
        FormSession.Page page = alice.get("/practice/reviews");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Show rubric").contains("name=\"score\"");
        String first = currentCard(page);

        FormSession.Page posted = alice.post("/practice/reviews", Map.of("cardId", first, "score", "4"));
        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.location()).isEqualTo("/practice/reviews");
        FormSession.Page next = alice.get("/practice/reviews");
        assertThat(next.body()).contains("Scored 4 (Good): next review in 2 days");
        assertThat(currentCard(next)).isNotEqualTo(first);

        FormSession.Page bad = alice.post("/practice/reviews", Map.of("cardId", "q:nope", "score", "4"));
        assertThat(bad.status()).isEqualTo(302);
        assertThat(alice.get("/practice/reviews").body()).contains("cardId: no card q:nope");

        FormSession.Page home = alice.get("/practice");
        assertThat(home.body()).doesNotContain("Welcome to practice").contains("Scored today");
        assertThat(home.body()).containsPattern("id=\"stat-reviewed\">1<");
    }

    @Test
    void anEmptyQueueSaysWhenTheNextReviewIs() {
        ApiClient api = newUser("Alice");
        FormSession alice = session(api);
        String first = currentCard(alice.get("/practice/reviews"));
        alice.post("/practice/reviews", Map.of("cardId", first, "score", "3"));

        FormSession.Page saved =
                alice.post("/practice/reviews/settings", Map.of("dailyNewLimit", "0", "timeZone", "UTC"));
        assertThat(saved.status()).isEqualTo(302);
        FormSession.Page done = alice.get("/practice/reviews");
        String date = LocalDate.now(ZoneOffset.UTC)
                .plusDays(2)
                .format(DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH));
        assertThat(done.body()).contains("All done for today").contains("Next review: " + date);
        assertThat(alice.get("/practice").body()).contains("Today&#39;s queue is done.");
    }

    @Test
    void settingsFormReportsEachBadFieldAndKeepsWhatWasTyped() {
        FormSession alice = session(newUser("Alice"));
        FormSession.Page form = alice.get("/practice/reviews/settings");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("value=\"10\"").contains("value=\"UTC\"");

        FormSession.Page bad = alice.post(
                "/practice/reviews/settings",
                Map.of("dailyNewLimit", "500", "timeZone", "Mars/Olympus", "focusSkills", "juggling"));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body())
                .contains("daily new cards must be between 0 and 200")
                .contains("unknown time zone")
                .contains("unknown key")
                .contains("value=\"Mars/Olympus\"");

        FormSession.Page ok = alice.post(
                "/practice/reviews/settings",
                Map.of("dailyNewLimit", "5", "timeZone", "Europe/Berlin", "focusCategories", "frameworks"));
        assertThat(ok.status()).isEqualTo(302);
        FormSession.Page again = alice.get("/practice/reviews/settings");
        assertThat(again.body()).contains("value=\"5\"").contains("value=\"Europe/Berlin\"");
        assertThat(again.body()).containsPattern("value=\"frameworks\"\\s+checked");
    }

    @Test
    void progressShowsChartsAndTablesOfOnlyTheUsersOwnReviews() {
        ApiClient aliceApi = newUser("Alice");
        FormSession alice = session(aliceApi);
        FormSession bob = session(newUser("Bob"));
        assertThat(alice.get("/practice/progress").body()).contains("No reviews yet");

        String first = currentCard(alice.get("/practice/reviews"));
        alice.post("/practice/reviews", Map.of("cardId", first, "score", "5"));

        FormSession.Page page = alice.get("/practice/progress");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("chart-reviews")
                .containsPattern("/webjars/chart.js/[^\"]*chart.umd.min.js")
                .contains("<caption>Totals for the last 12 weeks</caption>")
                .containsPattern("<th scope=\"row\">All cards</th>\\s*<td>\\d+</td>\\s*<td>1</td>");
        FormSession.Page bySkill = alice.get("/practice/progress?by=skill");
        assertThat(bySkill.body()).contains("Data analytics").contains("aria-current=\"page\"");

        // Bob sees none of it
        assertThat(bob.get("/practice/progress").body()).contains("No reviews yet");
        assertThat(bob.get("/practice").body()).contains("Welcome to practice");
        assertThat(currentCard(bob.get("/practice/reviews"))).isEqualTo(first);
    }
}
