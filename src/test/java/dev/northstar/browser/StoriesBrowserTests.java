package dev.northstar.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.options.BoundingBox;
import dev.northstar.support.ApiClient;
import dev.northstar.support.BrowserTestSupport;
import dev.northstar.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@IntegrationTest
class StoriesBrowserTests extends BrowserTestSupport {

    @Test
    void dragsAStoryToTheTopAndTheOrderStaysAfterReload() {
        ApiClient owner = newUser("Olivia");
        String workspace = newWorkspace(owner, "Acme");
        String product = newProduct(owner, workspace, "Calendar");
        String api = "/api/v1/products/" + product;
        String feature = ok(owner.post(api + "/features", Map.of("title", "Leave sync")))
                .get("id")
                .asString();
        for (String capability : new String[] {"see leave on the team view", "import half days", "hide leave type"}) {
            ok(owner.post(
                    api + "/stories",
                    Map.of(
                            "featureId",
                            feature,
                            "kind",
                            "user",
                            "parts",
                            Map.of("role", "team lead", "capability", capability, "benefit", "I plan around absences"),
                            "criteria",
                            List.of())));
        }
        signIn(email(owner), PASSWORD);
        page.navigate(url("/products/" + product + "/features/" + feature + "/stories"));
        Locator stories = page.locator("#story-list .story");
        assertThat(stories).hasCount(3);
        assertThat(stories.nth(0)).containsText("see leave on the team view");

        BoundingBox from = stories.nth(2).locator(".handle").boundingBox();
        BoundingBox to = stories.nth(0).boundingBox();
        page.waitForResponse(r -> r.url().endsWith("/stories/order") && r.status() == 204, () -> {
            page.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
            page.mouse().down();
            page.mouse().move(to.x + to.width / 2, to.y + 4, new Mouse.MoveOptions().setSteps(12));
            page.mouse().move(to.x + to.width / 2, to.y + 2, new Mouse.MoveOptions().setSteps(4));
            page.mouse().up();
        });
        assertThat(stories.nth(0)).containsText("hide leave type");

        page.reload();
        assertThat(stories.nth(0)).containsText("hide leave type");
        assertThat(stories.nth(1)).containsText("see leave on the team view");
        assertThat(stories.nth(2)).containsText("import half days");
    }
}
