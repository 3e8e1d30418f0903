package dev.northstar.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.northstar.support.ApiClient;
import dev.northstar.support.BrowserTestSupport;
import dev.northstar.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@IntegrationTest
class StrategyBrowserTests extends BrowserTestSupport {

    @Test
    void editorSetsAGoalAddsAKeyResultAndChecksIn() {
        ApiClient owner = newUser("Olivia");
        String product = newProduct(owner, newWorkspace(owner, "Acme"), "Cadence");
        signIn(email(owner), PASSWORD);

        page.navigate(url("/products/" + product + "/goals"));
        assertThat(page.getByText("No goals yet.")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New goal"))
                .first()
                .click();
        page.getByLabel("Objective").fill("Cut churn in mid-market");
        page.getByLabel("Period").fill("2027 Q1");
        page.getByLabel("Status").selectOption("ON_TRACK");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create"))
                .click();
        assertThat(page.locator(".flash")).containsText("Now add its key results");

        page.getByLabel("Key result", new Page.GetByLabelOptions().setExact(true))
                .fill("Monthly logo churn");
        page.getByLabel("Unit").fill("%");
        page.getByLabel("Baseline").fill("5");
        page.getByLabel("Target").fill("5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add key result"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Target must differ from the baseline");
        page.getByLabel("Target").fill("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add key result"))
                .click();
        assertThat(page.locator(".kr-table")).containsText("lower is better");
        assertThat(page.locator(".kr-table")).containsText("0%");

        page.getByLabel("Current value of Monthly logo churn").fill("4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Update"))
                .click();
        assertThat(page.locator(".flash")).containsText("50% of the way");
        assertThat(page.locator(".kr-table [role=progressbar]")).hasAttribute("aria-valuenow", "50");

        page.navigate(url("/products/" + product + "/goals"));
        assertThat(page.locator(".goal-card")).containsText("Cut churn in mid-market");
        assertThat(page.locator(".goal-card .progress-value")).hasText("50%");
    }

    @Test
    void viewerSeesTheMatrixWithoutEditButtons() {
        ApiClient owner = newUser("Olivia");
        String ws = newWorkspace(owner, "Acme");
        String product = newProduct(owner, ws, "Cadence");
        String api = "/api/v1/products/" + product;
        String zones = ok(owner.post(api + "/competitors/criteria", Map.of("name", "Time zones")))
                .get("id")
                .asString();
        ok(owner.post(
                api + "/competitors",
                Map.of("name", "Slotwise", "ratings", List.of(Map.of("criterionId", zones, "rating", 3)))));
        ApiClient viewer = newUser("Vera");
        addMember(owner, ws, viewer, "VIEWER");
        signIn(email(viewer), PASSWORD);
        page.navigate(url("/products/" + product + "/competitors"));
        assertThat(page.locator("table.matrix")).containsText("Slotwise");
        assertThat(page.locator("table.matrix [aria-label='3 out of 5']")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add competitor")))
                .hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add criterion")))
                .hasCount(0);
    }
}
