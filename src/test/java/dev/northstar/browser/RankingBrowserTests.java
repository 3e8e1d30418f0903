package dev.northstar.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import dev.northstar.support.ApiClient;
import dev.northstar.support.BrowserTestSupport;
import dev.northstar.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@IntegrationTest
class RankingBrowserTests extends BrowserTestSupport {

    @Test
    void dragsAFeatureToANewRankGivesAReasonAndTheOrderStaysAfterReload() {
        ApiClient owner = newUser("Olivia");
        String workspace = newWorkspace(owner, "Acme");
        String product = newProduct(owner, workspace, "Calendar");
        for (String title : new String[] {"Alpha", "Bravo", "Charlie"}) {
            ok(owner.post("/api/v1/products/" + product + "/features", Map.of("title", title)));
        }
        signIn(email(owner), PASSWORD);
        page.navigate(url("/products/" + product + "/ranking?framework=manual"));
        Locator items = page.locator("#manual-list .manual-item");
        assertThat(items).hasCount(3);
        assertThat(items.nth(0)).containsText("Alpha");

        // drag Charlie's handle above Alpha
        BoundingBox from = items.nth(2).locator(".handle").boundingBox();
        BoundingBox to = items.nth(0).boundingBox();
        page.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
        page.mouse().down();
        page.mouse().move(to.x + to.width / 2, to.y + 4, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(12));
        page.mouse().move(to.x + to.width / 2, to.y + 2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(4));
        page.mouse().up();
        assertThat(items.nth(0)).containsText("Charlie");
        assertThat(page.getByLabel("New position")).hasValue("1");

        page.getByLabel("Reason for the move").fill("Two enterprise renewals depend on it");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the move"))
                .click();
        assertThat(page.locator(".flash")).containsText("Moved Charlie to position 1");

        page.reload();
        assertThat(items.nth(0)).containsText("Charlie");
        assertThat(items.nth(1)).containsText("Alpha");
        assertThat(items.nth(2)).containsText("Bravo");
        assertThat(page.locator("#moves")).containsText("Two enterprise renewals depend on it");
        assertThat(page.locator("#moves")).containsText("Olivia");
    }
}
