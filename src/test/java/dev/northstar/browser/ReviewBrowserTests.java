package dev.northstar.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import dev.northstar.support.ApiClient;
import dev.northstar.support.BrowserTestSupport;
import dev.northstar.support.IntegrationTest;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@IntegrationTest
class ReviewBrowserTests extends BrowserTestSupport {

    @Test
    void reviewsACardWithTheKeyboardAndMovesToTheNext() {
        ApiClient ada = newUser("Ada");
        ok(ada.put("/api/v1/practice/settings", Map.of("dailyNewLimit", 2)));
        signIn(email(ada), PASSWORD);

        page.navigate(url("/practice"));
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Welcome to practice")))
                .isVisible();
        page.getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Review my first cards"))
                .click();
        page.waitForURL(u -> u.endsWith("/practice/reviews"));

        Locator card = page.locator("article.review-card");
        String first = card.getAttribute("data-card");
        Locator scores = page.locator("#score-form button[name=score]");
        assertThat(scores.first()).isHidden();

        // "r" shows the rubric (the summary button does the same), then key 4 scores the card
        page.keyboard().press("r");
        assertThat(page.locator("#rubric")).hasAttribute("open", "");
        assertThat(scores).hasCount(5);
        assertThat(scores.first()).isVisible();
        page.keyboard().press("4");

        assertThat(page.locator(".flash")).containsText("Scored 4 (Good): next review in 2 days");
        assertThat(card).not().hasAttribute("data-card", first);
        String second = card.getAttribute("data-card");

        page.getByText("Show rubric").click();
        page.keyboard().press("1");
        assertThat(page.locator(".flash")).containsText("Scored 1 (Again): next review in 1 day");
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("All done for today")))
                .isVisible();
        assertThat(page.locator("#next-review")).hasText(Pattern.compile("Next review: .+"));

        // the API agrees: both cards are scheduled
        ApiClient.Response state = ada.get("/api/v1/practice/reviews/cards/" + second);
        org.assertj.core.api.Assertions.assertThat(state.json().get("state").asString())
                .isEqualTo("LEARNING");
    }
}
