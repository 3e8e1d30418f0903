package dev.northstar.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.northstar.support.BrowserTestSupport;
import dev.northstar.support.IntegrationTest;
import org.junit.jupiter.api.Test;

@IntegrationTest
class WorkspaceBrowserTests extends BrowserTestSupport {

    @Test
    void rejectsWrongPasswordOnLoginPage() {
        String email = newAccount("Wendy");
        page.navigate(url("/login"));
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("wrong-password-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("do not match");
    }

    @Test
    void newcomerCreatesWorkspaceAndProduct() {
        String email = newAccount("Nora");
        signIn(email, PASSWORD);
        assertThat(page.getByText("You are not in any workspace yet")).isVisible();

        page.getByLabel("Name").fill("Acme Labs");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Acme Labs")))
                .isVisible();
        assertThat(page.getByText("This workspace has no products yet")).isVisible();

        page.getByLabel("Name").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create"))
                .click();
        // the browser's own required check keeps an empty name from being sent
        assertThat(page.getByText("This workspace has no products yet")).isVisible();

        page.getByLabel("Name").fill("Cadence");
        page.getByLabel("Description").fill("Team calendar");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create"))
                .click();
        assertThat(page.locator(".flash")).containsText("Product “Cadence” created");
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Cadence").setExact(true)))
                .isVisible();
        assertThat(page.locator(".sidenav")).containsText("Feedback inbox");
    }
}
