package dev.northstar.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.northstar.support.ApiClient;
import dev.northstar.support.BrowserTestSupport;
import dev.northstar.support.IntegrationTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@IntegrationTest
class ExerciseBrowserTests extends BrowserTestSupport {

    @Test
    void fillsARaciMatrixIsToldWhichRowBreaksTheRuleAndSeesTheCheck() {
        ApiClient me = newUser("Mia");
        signIn(email(me), PASSWORD);

        page.navigate(url("/practice/exercises"));
        assertThat(page.getByText("No exercises yet.")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New exercise"))
                .first()
                .click();
        page.getByLabel("RACI matrix").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("RACI matrix")))
                .isVisible();
        assertThat(page.locator(".framework-card")).containsText("RACI");

        page.getByLabel("Project").fill("Launch of booking pages");
        page.getByLabel("People or roles 1").fill("Priya");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add person"))
                .click();
        page.getByLabel("People or roles 2").fill("Tom");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add person"))
                .click();
        // the people typed so far survive the round trip that adds the column
        assertThat(page.getByLabel("People or roles 2")).hasValue("Tom");
        page.getByLabel("People or roles 3").fill("Ana");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add row"))
                .click();
        assertThat(page.locator("table.matrix thead")).containsText("Ana");

        page.getByLabel("Task, row 1").fill("Write the spec");
        page.getByLabel("Task, row 2").fill("Announce it");
        page.locator("#c-rows-0-0").selectOption("A");
        page.locator("#c-rows-0-1").selectOption("A");
        page.locator("#c-rows-0-2").selectOption("R");
        page.locator("#c-rows-1-0").selectOption("R");
        page.locator("#c-rows-1-2").selectOption("A");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT).first())
                .containsText("Row 1 (“Write the spec”) needs exactly one Accountable");
        assertThat(page.getByLabel("Task, row 2")).hasValue("Announce it");

        page.locator("#c-rows-0-1").selectOption("C");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and check"))
                .click();
        assertThat(page.locator(".flash")).containsText("Saved");
        assertThat(page.locator("#check-results")).containsText("Nothing required is missing");
        assertThat(page.locator("#c-rows-notes")).containsText("Every task has one Accountable");
        assertThat(page.locator("#c-people-notes")).containsText("3 people or roles");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/exercise-raci.png"))
                .setFullPage(true));

        page.navigate(url("/practice/exercises"));
        assertThat(page.locator(".exercise-list")).containsText("RACI matrix");
    }

    @Test
    void tagsSelectedReviewPassagesAndSavesFromTheKeyboard() {
        ApiClient me = newUser("Mia");
        signIn(email(me), PASSWORD);
        page.navigate(url("/practice/exercises/new?kind=review-highlights"));
        page.getByLabel("Pasted reviews")
                .fill("Great recipes. Half the boxes arrived with something missing. Love it.");
        page.evaluate("() => document.getElementById('c-reviews').setSelectionRange(15, 60)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tag selection as wish"))
                .click();
        assertThat(page.locator("#c-highlights-0-passage")).hasValue("Half the boxes arrived with something missing");
        assertThat(page.locator("#c-highlights-0-tag")).hasValue("wish");
        page.evaluate("() => document.getElementById('c-reviews').setSelectionRange(0, 13)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tag selection as love"))
                .click();
        assertThat(page.locator("#c-highlights-1-passage")).hasValue("Great recipes");
        assertThat(page.locator("#c-highlights-0-passage")).hasValue("Half the boxes arrived with something missing");
        page.keyboard().press("Control+Enter");
        assertThat(page.locator(".flash")).containsText("Saved");
        assertThat(page.locator("#c-highlights-notes")).containsText("do you agree or disagree");

        page.navigate(url("/practice/exercises/new?kind=teardown"));
        page.getByLabel("Goals you hypothesise 1").fill("Link a bank on day one");
        // the goal picker offers a goal typed a moment ago, before any save
        page.locator("#c-design-0-goal").focus();
        page.locator("#c-design-0-goal").selectOption("Link a bank on day one");
        page.getByLabel("Product", new Page.GetByLabelOptions().setExact(true)).fill("A budgeting app");
        page.getByLabel("Product", new Page.GetByLabelOptions().setExact(true)).press("Enter");
        assertThat(page.locator(".flash")).containsText("Saved");
        assertThat(page.locator("#c-design-0-goal")).hasValue("Link a bank on day one");
    }
}
