package dev.northstar.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.northstar.support.BrowserTestSupport;
import dev.northstar.support.IntegrationTest;
import org.junit.jupiter.api.Test;

@IntegrationTest
class DiscoveryBrowserTests extends BrowserTestSupport {

    @Test
    void signsInCreatesProductAddsNoteAndFindsItBySearch() {
        String email = newAccount("Priya");
        signIn(email, PASSWORD);
        page.getByLabel("Name").fill("Acme Labs");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create"))
                .click();
        page.getByLabel("Name").fill("Cadence");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create"))
                .click();

        page.locator(".sidenav")
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Feedback inbox"))
                .click();
        assertThat(page.getByText("The inbox is empty.")).isVisible();

        addNote(
                "Events I create in Outlook take twenty minutes to show up in the team calendar.",
                "Dana Li",
                "Brightside");
        addNote("Please add a dark mode, the white grid is harsh at night.", "Sam Ortiz", "Northwind");

        page.locator(".sidenav")
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Feedback inbox"))
                .click();
        assertThat(page.locator("#results .item")).hasCount(2);

        Page.GetByLabelOptions exact = new Page.GetByLabelOptions().setExact(true);
        page.getByLabel("Search notes", exact).fill("outlook");
        page.getByLabel("Search notes", exact).press("Enter");
        assertThat(page.locator("#results .item")).hasCount(1);
        assertThat(page.locator("#results")).containsText("twenty minutes");
        assertThat(page.locator("#results")).containsText("Brightside");

        page.getByLabel("Search notes", exact).fill("zebra crossing");
        page.getByLabel("Search notes", exact).press("Enter");
        assertThat(page.locator("#results")).containsText("No notes match");
    }

    @Test
    void showsTheFieldErrorWhenANoteHasNoText() {
        String email = newAccount("Omar");
        signIn(email, PASSWORD);
        page.getByLabel("Name").fill("Acme Labs");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create"))
                .click();
        page.getByLabel("Name").fill("Cadence");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create"))
                .click();
        page.navigate(page.url() + "/notes/new");
        // whitespace passes the browser's own required check but not the server's
        page.getByLabel("What did they say?").fill("   ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save note"))
                .click();
        assertThat(page.locator(".field-error").first()).containsText("Text is required");
    }

    private void addNote(String text, String customer, String company) {
        page.locator(".sidenav")
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Feedback inbox"))
                .click();
        page.locator(".page-head")
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("New note"))
                .click();
        page.getByLabel("What did they say?").fill(text);
        page.getByLabel("Name").fill(customer);
        page.getByLabel("Company").fill(company);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save note"))
                .click();
        assertThat(page.locator(".note-text").first()).containsText(text);
    }
}
