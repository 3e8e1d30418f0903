package dev.northstar.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.northstar.support.BrowserTestSupport;
import dev.northstar.support.IntegrationTest;
import org.junit.jupiter.api.Test;

@IntegrationTest
class MockInterviewBrowserTests extends BrowserTestSupport {

    @Test
    void aNewUserAnswersAQuestionAgainstTheClockSeesWhatIsMissingAndScoresIt() {
        signIn(newAccount("Priya"), PASSWORD);
        page.navigate(url("/practice/questions/behavioral-001"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Answer this now"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the clock"))
                .click();

        assertThat(page.locator("#timer-left")).containsText("left");
        page.getByLabel("Situation").fill("A launch date slipped twice and two teams blamed each other.");
        page.getByLabel("Action").fill("We met and we sorted it out together.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit my answer"))
                .click();

        assertThat(page.locator("#feedback")).containsText("Say what you had to achieve");
        assertThat(page.locator("#feedback")).containsText("It cannot judge");
        page.locator("input[name=score][value='2']").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my score"))
                .click();

        assertThat(page.locator(".flash")).containsText("Session complete");
        assertThat(page.locator("main")).containsText("Your score: 2");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create a link"))
                .click();
        assertThat(page.locator("#share-url")).isVisible();
    }

    @Test
    void aStoryShowsItsFeedbackAndFillsTheMatrix() {
        signIn(newAccount("Omar"), PASSWORD);
        page.navigate(url("/practice/stories"));
        assertThat(page.locator("#gaps")).containsText("Conflict");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New STAR story"))
                .click();
        page.getByLabel("Title").fill("Two teams, one release");
        page.locator("#part-situation").fill("Two teams wanted the same release slot and the date was fixed.");
        page.locator("#part-task").fill("I had to get both leads to agree on one plan.");
        page.locator("#part-action")
                .fill("I met each lead alone, I laid out both cases against the launch goal, and I proposed a split.");
        page.locator("#part-result").fill("Both features shipped on time and support tickets fell 20%.");
        page.locator("input[name=situations][value=conflict]").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and check"))
                .click();

        assertThat(page.locator("#check")).containsText("Every part is there.");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Story bank"))
                .first()
                .click();
        assertThat(page.locator("#story-matrix")).containsText("Two teams, one release");
        assertThat(page.locator("#gaps")).not().containsText("Conflict");
    }
}
