package dev.northstar.career;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.practice.Skill;
import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.FormSession;
import dev.northstar.support.IntegrationTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The career pages as a browser without JavaScript uses them. */
@IntegrationTest
class CareerPagesIntegrationTests extends ApiTestSupport {

    static final String API = "/api/v1/career";

    ApiClient ada;
    FormSession browser;

    @BeforeEach
    void setUp() {
        ada = newUser("Ada");
        browser = FormSession.signIn(port, email(ada), PASSWORD);
    }

    Map<String, String> ratings(int level) {
        Map<String, String> form = new HashMap<>();
        for (Skill s : Skill.values()) {
            form.put("ratings." + s.key(), String.valueOf(level));
        }
        return form;
    }

    @Test
    void everyPageTellsANewUserWhatToDoFirst() {
        for (String path : List.of(
                "/career",
                "/career/assessment",
                "/career/plan",
                "/career/ladder",
                "/career/week",
                "/career/applications",
                "/career/applications/new",
                "/career/companies",
                "/career/companies/new",
                "/career/contacts",
                "/career/contacts/new",
                "/career/events",
                "/career/events/new",
                "/career/assessment/compare")) {
            FormSession.Page page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("aria-label=\"Career\"");
        }
        assertThat(browser.get("/career/plan").body()).contains("Rate yourself first");
        assertThat(browser.get("/career").body()).contains("Rate yourself first");
        assertThat(browser.get("/career/ladder").body())
                .contains("Associate PM")
                .contains("Rate yourself first");
        assertThat(browser.get("/career/applications").body()).contains("No applications yet.");
    }

    @Test
    void reRendersTheAssessmentNamingTheUnratedSkillAndKeepsTheChoices() {
        Map<String, String> form = ratings(2);
        form.remove("ratings.business");
        form.put("ratings.data", "4");
        form.put("notes.data", "Built the churn dashboard");
        FormSession.Page rejected = browser.post("/career/assessment", form);
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body())
                .contains("Rate General business and financial knowledge: choose the level whose description fits")
                .contains("Built the churn dashboard")
                .containsPattern("name=\"ratings.data\" value=\"4\"\\s+checked");
        assertThat(ok(ada.get(API + "/assessments")).get("total").asInt()).isZero();

        form.put("ratings.business", "1");
        FormSession.Page saved = browser.post("/career/assessment", form);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).isEqualTo("/career/plan");
        FormSession.Page plan = browser.get("/career/plan");
        assertThat(plan.body()).contains("Built from your assessment of").contains("Mark done");
        assertThat(browser.get("/career/assessment").body())
                .contains("Built the churn dashboard".substring(0, 0))
                .contains("The form starts from your latest ratings");
    }

    @Test
    void rejectsAFutureAssessmentDate() {
        Map<String, String> form = ratings(3);
        form.put("assessedOn", LocalDate.now().plusDays(1).toString());
        FormSession.Page rejected = browser.post("/career/assessment", form);
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body()).contains("The assessment date cannot be in the future");
    }

    @Test
    void showsHistoryChartsAndComparesTwoAssessments() {
        Map<String, String> first = ratings(2);
        first.put("assessedOn", "2026-01-10");
        assertThat(browser.post("/career/assessment", first).status()).isEqualTo(302);
        Map<String, String> second = ratings(3);
        second.put("assessedOn", "2026-02-10");
        assertThat(browser.post("/career/assessment", second).status()).isEqualTo(302);
        FormSession.Page page = browser.get("/career/assessment");
        assertThat(page.body())
                .contains("2026-01-10")
                .contains("2026-02-10")
                .contains("data-chart=")
                .contains("chart.umd");
        FormSession.Page cmp = browser.get("/career/assessment/compare");
        assertThat(cmp.body()).contains("+1");
    }

    @Test
    void marksPlanItemsDoneFromThePage() {
        assertThat(browser.post("/career/assessment", ratings(1)).status()).isEqualTo(302);
        String key = ok(ada.get(API + "/plan"))
                .get("skills")
                .get(0)
                .get("items")
                .get(0)
                .get("key")
                .asString();
        FormSession.Page marked = browser.post("/career/plan/items", Map.of("key", key, "done", "true"));
        assertThat(marked.status()).isEqualTo(302);
        assertThat(browser.get("/career/plan").body()).contains("1 of").contains("Undo");
        assertThat(browser.post("/career/plan/regenerate", Map.of()).status()).isEqualTo(302);
        assertThat(ok(ada.get(API + "/plan")).get("done").asInt()).isEqualTo(1);
    }

    @Test
    void reRendersTheLadderPositionWhenTheTargetIsBelowTheCurrentLevel() {
        FormSession.Page rejected =
                browser.post("/career/ladder/position", Map.of("current", "senior-pm", "target", "apm"));
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body()).contains("The target level must be at or above your current level");
        assertThat(browser.post("/career/ladder/position", Map.of("current", "apm", "target", "pm"))
                        .status())
                .isEqualTo(302);
        assertThat(browser.post("/career/assessment", ratings(2)).status()).isEqualTo(302);
        FormSession.Page ladder = browser.get("/career/ladder");
        assertThat(ladder.body()).contains("your current level").contains("asks for more on these skills");
    }

    @Test
    void reRendersTheApplicationFormNamingTheFieldsThenTracksIt() {
        Map<String, String> form = new HashMap<>();
        form.put("company", "Lumen Health");
        form.put("role", "");
        form.put("link", "lumen.example/jobs");
        form.put("stage", "applied");
        FormSession.Page rejected = browser.post("/career/applications", form);
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body())
                .contains("Role is required")
                .contains("Link must be a web address starting with http:// or https://")
                .contains("value=\"Lumen Health\"");

        form.put("role", "Associate PM");
        form.put("link", "https://lumen.example/jobs");
        form.put("followUpOn", LocalDate.now().minusDays(1).toString());
        FormSession.Page saved = browser.post("/career/applications", form);
        assertThat(saved.status()).isEqualTo(302);
        String detail = saved.location();
        assertThat(browser.get(detail).body()).contains("Associate PM").contains("started as Applied");

        FormSession.Page moved = browser.post(detail + "/stage", Map.of("stage", "screen", "back", "board"));
        assertThat(moved.location()).isEqualTo("/career/applications");
        FormSession.Page board = browser.get("/career/applications");
        assertThat(board.body()).contains("Associate PM · Lumen Health moved to Screen");
        assertThat(browser.get(detail).body()).contains("Applied → Screen");

        FormSession.Page week = browser.get("/career/week");
        assertThat(week.body()).contains("Overdue").contains("Associate PM at Lumen Health");
        FormSession.Page snoozed = browser.post(detail + "/follow-up", Map.of("action", "snooze", "back", "week"));
        assertThat(snoozed.location()).isEqualTo("/career/week");
        assertThat(browser.get("/career/week").body()).doesNotContain("Overdue").contains("Due in the next seven days");

        assertThat(browser.post(detail + "/delete", Map.of()).status()).isEqualTo(302);
        assertThat(browser.get(detail).status()).isEqualTo(404);
    }

    @Test
    void reRendersContactCompanyAndEventFormsWithTheirMessages() {
        FormSession.Page contact = browser.post(
                "/career/contacts", Map.of("name", "Grace", "email", "grace-at-lumen", "followUpOn", "next week"));
        assertThat(contact.status()).isEqualTo(200);
        assertThat(contact.body())
                .contains("&#39;next week&#39; is not a date like 2026-03-01")
                .contains("value=\"grace-at-lumen\"");
        contact = browser.post("/career/contacts", Map.of("name", "Grace", "email", "grace-at-lumen"));
        assertThat(contact.body()).contains("Email must look like name@example.com");
        FormSession.Page saved = browser.post(
                "/career/contacts", Map.of("name", "<b>Grace</b>", "email", "grace@lumen.example", "company", "Lumen"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(browser.get(saved.location()).body())
                .contains("&lt;b&gt;Grace&lt;/b&gt;")
                .doesNotContain("<b>Grace</b>");

        FormSession.Page company = browser.post("/career/companies", Map.of("name", "lumen"));
        assertThat(company.status()).isEqualTo(200);
        assertThat(company.body()).contains("You already have a company named Lumen");

        FormSession.Page event = browser.post("/career/events", Map.of("name", "", "heldOn", "", "kind", "meetup"));
        assertThat(event.status()).isEqualTo(200);
        assertThat(event.body()).contains("Name is required").contains("Date is required");
        String contactId = saved.location().substring(saved.location().lastIndexOf('/') + 1);
        FormSession.Page created = browser.post(
                "/career/events",
                Map.of(
                        "name",
                        "Product meetup",
                        "heldOn",
                        LocalDate.now().toString(),
                        "kind",
                        "meetup",
                        "contactIds",
                        contactId));
        assertThat(created.status()).isEqualTo(302);
        assertThat(browser.get(created.location()).body()).contains("&lt;b&gt;Grace&lt;/b&gt;");
        assertThat(browser.get("/career/week").body()).contains("Product meetup");
    }

    @Test
    void anotherUserGetsNotFoundAndSeesNothing() {
        assertThat(browser.post("/career/assessment", ratings(3)).status()).isEqualTo(302);
        String assessment =
                ok(ada.get(API + "/assessments")).get("items").get(0).get("id").asString();
        String application = ok(ada.post(API + "/applications", Map.of("company", "Lumen", "role", "Secret role")))
                .get("id")
                .asString();
        String contact = ok(ada.post(API + "/contacts", Map.of("name", "Secret contact")))
                .get("id")
                .asString();
        String event = ok(ada.post(
                        API + "/events",
                        Map.of("name", "Secret event", "heldOn", LocalDate.now().toString())))
                .get("id")
                .asString();

        ApiClient bob = newUser("Bob");
        FormSession other = FormSession.signIn(port, email(bob), PASSWORD);
        for (String path : List.of(
                "/career/assessment/" + assessment,
                "/career/applications/" + application,
                "/career/applications/" + application + "/edit",
                "/career/contacts/" + contact,
                "/career/events/" + event)) {
            assertThat(other.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(other.post("/career/applications/" + application + "/delete", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(other.post("/career/contacts/" + contact + "/follow-up", Map.of("action", "done"))
                        .status())
                .isEqualTo(404);
        for (String path : List.of(
                "/career/applications", "/career/contacts", "/career/events", "/career/week", "/career/assessment")) {
            assertThat(other.get(path).body()).as(path).doesNotContain("Secret").doesNotContain("Lumen");
        }
        assertThat(ok(ada.get(API + "/applications/" + application)).get("role").asString())
                .isEqualTo("Secret role");
    }
}
