package dev.northstar.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.northstar.common.Paging;
import dev.northstar.discovery.FeedbackInbox;
import dev.northstar.discovery.NoteFilter;
import dev.northstar.discovery.NoteView;
import dev.northstar.support.BrowserTestSupport;
import dev.northstar.support.IntegrationTest;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.Workspaces;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class NoteImportBrowserTests extends BrowserTestSupport {

    @Autowired
    Workspaces workspaces;

    @Autowired
    FeedbackInbox inbox;

    private UUID productOf(String email) {
        signIn(email, PASSWORD);
        page.getByLabel("Name").fill("Acme");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create"))
                .click();
        page.getByLabel("Name").fill("Cadence");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create"))
                .click();
        page.waitForURL(u -> u.matches(".*/products/[0-9a-f-]{36}$"));
        return UUID.fromString(page.url().substring(page.url().lastIndexOf('/') + 1));
    }

    private void upload(UUID product, String name, String csv) {
        page.navigate(url("/products/" + product + "/notes/import"));
        page.getByLabel("CSV file")
                .setInputFiles(new FilePayload(name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and preview"))
                .click();
        page.waitForURL(u -> u.matches(".*/notes/import/[0-9a-f-]{36}$"));
    }

    @Test
    void uploadsMapsAndImportsJiraExportWithProgress() {
        UUID product = productOf(newAccount("Ivy"));
        upload(product, "jira.csv", """
                Summary,Issue key,Reporter,Created,Labels,Labels,Description
                Invites arrive late,CAL-1,Ada,14/Jul/25 3:42 PM,email,invites,An hour late
                Week view,CAL-2,Bob,02/Aug/25 10:05 AM,,,
                """);
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Invites arrive late")))
                .isVisible();
        assertThat(page.getByLabel("Title")).hasValue("Summary");
        assertThat(page.getByLabel("Text *")).hasValue("Description");
        assertThat(page.getByLabel("Customer")).hasValue("Reporter");
        page.getByLabel("Customer").selectOption("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import notes"))
                .click();
        page.waitForURL(u -> u.endsWith("/products/" + product + "/notes"));

        List<NoteView> notes = Access.asSystem(
                () -> inbox.list(product, NoteFilter.ALL, new Paging(0, 10)).items());
        assertThat(notes)
                .extracting(NoteView::text)
                .containsExactlyInAnyOrder("Invites arrive late\n\nAn hour late", "Week view");
        assertThat(notes).allSatisfy(n -> assertThat(n.customers()).isEmpty());
    }

    @Test
    void showsLineAndColumnOfBadRowsAndImportsNothing() {
        UUID product = productOf(newAccount("Jack"));
        upload(product, "notes.csv", "note,when\nfine,2026-05-01\nbroken,31/31/2026\n");
        assertThat(page.getByLabel("Date")).hasValue("");
        page.getByLabel("Date").selectOption("when");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import notes"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("line 3, column when");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("unparseable date '31/31/2026'");
        assertThat(Access.asSystem(() ->
                        inbox.list(product, NoteFilter.ALL, new Paging(0, 10)).total()))
                .isZero();

        page.getByLabel("Date").selectOption("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import notes"))
                .click();
        page.waitForURL(u -> u.endsWith("/products/" + product + "/notes"));
        assertThat(Access.asSystem(() ->
                        inbox.list(product, NoteFilter.ALL, new Paging(0, 10)).total()))
                .isEqualTo(2);
    }
}
