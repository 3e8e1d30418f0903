package dev.northstar.specs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.FormSession;
import dev.northstar.support.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The story and PRD pages as a browser without JavaScript uses them. */
@IntegrationTest
class SpecsPagesIntegrationTests extends ApiTestSupport {

    ApiClient owner;
    String workspace;
    String product;
    String feature;
    FormSession browser;
    String stories;

    @BeforeEach
    void setUp() {
        owner = newUser("Olivia");
        workspace = newWorkspace(owner, "Acme");
        product = newProduct(owner, workspace, "Calendar");
        feature = ok(owner.post(api("/features"), Map.of("title", "Round-robin skips people on leave")))
                .get("id")
                .asString();
        browser = FormSession.signIn(port, email(owner), PASSWORD);
        stories = "/products/" + product + "/features/" + feature + "/stories";
    }

    @Test
    void saysWhatToDoWhenThereAreNoStories() {
        FormSession.Page all = browser.get("/products/" + product + "/stories");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).contains("No stories yet.").contains("/products/" + product + "/features");
        assertThat(browser.get(stories).body()).contains("No stories for this feature yet.");
    }

    @Test
    void writesAStoryThroughTheFormAndReRendersItOnMistakes() {
        assertThat(browser.get(stories + "/new?kind=job").body()).contains("When (situation)");
        Map<String, String> form = new HashMap<>();
        form.put("kind", "user");
        form.put("first", "sales lead");
        form.put("second", "");
        form.put("third", "no demo goes to someone on holiday");
        form.put("criteria[0].given", "Ana is on leave on Friday");
        form.put("criteria[0].when", "a prospect books a Friday demo");
        form.put("criteria[0].then", "");
        form.put("status", "READY");
        form.put("estimate", "2");
        FormSession.Page rejected = browser.post(stories, form);
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body())
                .contains("Capability is required")
                .contains("Then is required")
                .contains("no demo goes to someone on holiday");
        assertThat(ok(owner.get(api("/stories"))).get("total").asInt()).isZero();

        form.put("second", "bookings to skip reps who are away");
        form.put("criteria[0].then", "the demo goes to the next rep in the pool");
        FormSession.Page saved = browser.post(stories, form);
        assertThat(saved.status()).isEqualTo(302);
        FormSession.Page list = browser.get(stories);
        assertThat(list.body())
                .contains("As a sales lead, I want bookings to skip reps who are away")
                .contains("the demo goes to the next rep in the pool")
                .contains("Ready");
        FormSession.Page all = browser.get("/products/" + product + "/stories?status=ready");
        assertThat(all.body()).contains("Round-robin skips people on leave").contains("As a sales lead");
        assertThat(browser.get("/products/" + product + "/stories?status=done").body())
                .contains("No story has this status.");
    }

    @Test
    void movesStoriesUpAndDown() {
        String a = story("first story");
        String b = story("second story");
        assertThat(browser.post(stories + "/" + b + "/move", Map.of("step", "-1"))
                        .status())
                .isEqualTo(302);
        JsonNode items = ok(owner.get(api("/stories?featureId=" + feature))).get("items");
        assertThat(items.get(0).get("id").asString()).isEqualTo(b);
        assertThat(items.get(1).get("id").asString()).isEqualTo(a);
        String body = browser.get(stories).body();
        assertThat(body.indexOf("second story")).isLessThan(body.indexOf("first story"));
    }

    @Test
    void editsThePrdAndDownloadsItAsMarkdown() {
        story("reps on leave are skipped");
        String prd = "/products/" + product + "/features/" + feature + "/prd";
        assertThat(browser.post(
                                prd,
                                Map.of(
                                        "nonGoals",
                                        "Changing leave policies\n\n",
                                        "metrics",
                                        "Demos lost to absence: 0"))
                        .status())
                .isEqualTo(302);
        assertThat(browser.post(prd + "/questions", Map.of("text", "Does a half day count as away?"))
                        .status())
                .isEqualTo(302);
        assertThat(browser.post(prd + "/questions", Map.of("text", " ")).body()).contains("Question is required");
        String question = ok(owner.get(api("/features/" + feature + "/prd")))
                .get("questions")
                .get(0)
                .get("id")
                .asString();
        browser.post(
                prd + "/questions/" + question + "/resolve", Map.of("resolved", "true", "answer", "Yes, mornings"));

        FormSession.Page page = browser.get(prd);
        assertThat(page.body())
                .contains("Changing leave policies")
                .contains("Demos lost to absence: 0")
                .contains("Does a half day count as away?")
                .contains("Yes, mornings")
                .contains("reps on leave are skipped")
                .contains("no open questions");
        FormSession.Page md = browser.get(prd + ".md");
        assertThat(md.status()).isEqualTo(200);
        assertThat(md.body())
                .contains("# PRD: Round-robin skips people on leave")
                .contains("- Changing leave policies")
                .contains("- [x] Does a half day count as away? — Yes, mornings");
        FormSession.Page csv = browser.get("/products/" + product + "/stories/export.csv?featureId=" + feature);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\"Summary\",\"Issue Type\"");
    }

    @Test
    void viewersSeeStoriesButNoForms() {
        story("visible to viewers");
        ApiClient viewer = newUser("Vera");
        addMember(owner, workspace, viewer, "VIEWER");
        FormSession vb = FormSession.signIn(port, email(viewer), PASSWORD);
        FormSession.Page page = vb.get(stories);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("visible to viewers").doesNotContain("New user story");
        assertThat(vb.get(stories + "/new").status()).isEqualTo(403);
        assertThat(vb.post(stories, Map.of("kind", "user", "first", "a", "second", "b", "third", "c"))
                        .status())
                .isEqualTo(403);
        ApiClient stranger = newUser("Sam");
        FormSession sb = FormSession.signIn(port, email(stranger), PASSWORD);
        assertThat(sb.get(stories).status()).isEqualTo(404);
        assertThat(ok(owner.get(api("/stories"))).get("total").asInt()).isEqualTo(1);
    }

    private String story(String capability) {
        return ok(owner.post(
                        api("/stories"),
                        Map.of(
                                "featureId",
                                feature,
                                "kind",
                                "user",
                                "parts",
                                Map.of("role", "sales lead", "capability", capability, "benefit", "fair routing"),
                                "criteria",
                                List.of())))
                .get("id")
                .asString();
    }

    private String api(String path) {
        return "/api/v1/products/" + product + path;
    }
}
