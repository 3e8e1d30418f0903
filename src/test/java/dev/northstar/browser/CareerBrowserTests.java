package dev.northstar.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.northstar.career.CareerLibrary;
import dev.northstar.career.LadderLevel;
import dev.northstar.practice.Skill;
import dev.northstar.support.BrowserTestSupport;
import dev.northstar.support.IntegrationTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CareerBrowserTests extends BrowserTestSupport {

    @Autowired
    CareerLibrary library;

    @Test
    void aNewUserRatesThemselvesAndSeesTheirPlanAndTheLadderGap() {
        signIn(newAccount("Nadia"), PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Career"))
                .first()
                .click();
        assertThat(page.locator("main")).containsText("You have not rated your skills yet.");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rate yourself first"))
                .click();

        // rate every skill at what an Associate PM is expected to do, except data one below
        LadderLevel apm = library.level("apm").orElseThrow();
        for (Skill s : Skill.values()) {
            int level = s == Skill.DATA
                    ? apm.expectation(s).level() - 1
                    : apm.expectation(s).level();
            page.locator("#skill-" + s.key() + " input[value='" + level + "']").check();
        }
        page.getByLabel("Note on Data analytics (optional)").fill("Only read dashboards others built so far");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save assessment"))
                .click();

        assertThat(page).hasURL(url("/career/plan"));
        assertThat(page.locator(".flash")).containsText("Your learning plan follows from it");
        assertThat(page.locator("#plan-data h2")).containsText("Data analytics");
        assertThat(page.locator("#plan-data"))
                .containsText(apm.expectation(Skill.DATA).text());
        assertThat(page.locator("#plan-data a[href^='/practice/exercises/new?kind=']")
                        .first())
                .isVisible();
        assertThat(page.locator("#plan-data")).containsText("The Lean Product Playbook");
        page.locator("#plan-data .plan-items button").first().click();
        assertThat(page.locator(".plan-progress")).containsText("1 of");
        assertThat(page.locator("#plan-data .plan-items li.done")).hasCount(1);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/career-plan.png"))
                .setFullPage(true));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Career ladder"))
                .click();
        assertThat(page.locator("#standing")).containsText("do not yet meet every expectation of Associate PM");
        assertThat(page.locator("#gaps")).containsText("Data analytics");
        assertThat(page.locator("#gaps"))
                .containsText(apm.expectation(Skill.DATA).text());
        assertThat(page.locator("#ladder td.gap")).hasCount(1);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/career-ladder.png"))
                .setFullPage(true));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Where I stand"))
                .click();
        assertThat(page.locator("main")).containsText("Working toward Associate PM: 1 gap.");
    }
}
