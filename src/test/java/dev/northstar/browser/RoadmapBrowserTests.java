package dev.northstar.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import dev.northstar.support.ApiClient;
import dev.northstar.support.BrowserTestSupport;
import dev.northstar.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@IntegrationTest
class RoadmapBrowserTests extends BrowserTestSupport {

    @Test
    void dragsACardFromNextToNowAndTheStatusChangeSticks() {
        ApiClient owner = newUser("Olivia");
        String ws = newWorkspace(owner, "Acme");
        String product = newProduct(owner, ws, "Calendar");
        String api = "/api/v1/products/" + product;
        ok(owner.post(api + "/features", Map.of("title", "Shared calendars", "status", "in-progress")));
        String id = ok(owner.post(api + "/features", Map.of("title", "Working hours", "status", "planned")))
                .get("id")
                .asString();

        signIn(email(owner), PASSWORD);
        page.navigate(url("/products/" + product + "/roadmap"));
        Locator card = page.locator(".board-card[data-feature='" + id + "']");
        Locator now = page.locator(".board-cards[data-column='now']");
        assertThat(page.locator(".board-cards[data-column='next']")).containsText("Working hours");

        BoundingBox from = card.locator(".item-meta").boundingBox();
        BoundingBox to = now.boundingBox();
        page.mouse().move(from.x + 5, from.y + from.height / 2);
        page.mouse().down();
        page.mouse()
                .move(
                        from.x + 20,
                        from.y + from.height / 2 + 5,
                        new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse()
                .move(
                        to.x + to.width / 2,
                        to.y + to.height - 5,
                        new com.microsoft.playwright.Mouse.MoveOptions().setSteps(15));
        page.mouse().up();

        assertThat(now).containsText("Working hours");
        assertThat(card).hasAttribute("data-saved", "now");
        assertThat(ok(owner.get(api + "/features/" + id)).get("status").asString())
                .isEqualTo("IN_PROGRESS");

        page.reload();
        assertThat(page.locator(".board-cards[data-column='now']")).containsText("Working hours");
        assertThat(page.locator(".board-cards[data-column='next']")).not().containsText("Working hours");
    }

    @Test
    void movesACardWithTheKeyboard() {
        ApiClient owner = newUser("Kim");
        String ws = newWorkspace(owner, "Acme");
        String product = newProduct(owner, ws, "Calendar");
        String api = "/api/v1/products/" + product;
        String id = ok(owner.post(api + "/features", Map.of("title", "Room booking", "status", "candidate")))
                .get("id")
                .asString();
        signIn(email(owner), PASSWORD);
        page.navigate(url("/products/" + product + "/roadmap"));
        page.getByLabel("Move Room booking to").selectOption("next");
        page.locator(".board-card[data-feature='" + id + "'] button").click();
        assertThat(page.locator(".flash[role=status]")).containsText("moved to Next");
        assertThat(page.locator(".board-cards[data-column='next']")).containsText("Room booking");
        assertThat(ok(owner.get(api + "/features/" + id)).get("status").asString())
                .isEqualTo("PLANNED");
    }
}
