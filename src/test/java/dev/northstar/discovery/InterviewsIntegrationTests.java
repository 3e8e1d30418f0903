package dev.northstar.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.IntegrationTest;
import dev.northstar.workspace.Access;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class InterviewsIntegrationTests extends ApiTestSupport {

    @Autowired
    FeedbackInbox inbox;

    ApiClient owner;
    String workspace;
    String product;
    String api;

    @BeforeEach
    void product() {
        owner = newUser("Olivia");
        workspace = newWorkspace(owner, "Acme");
        product = newProduct(owner, workspace, "Cadence");
        api = "/api/v1/products/" + product;
    }

    @Test
    void createsReadsEditsAndDeletesGuides() {
        JsonNode guide = ok(owner.post(
                api + "/interview-guides",
                Map.of(
                        "title",
                        "How teams plan",
                        "goal",
                        "Learn how meetings get scheduled",
                        "questions",
                        List.of("Walk me through last week", "  ", "What broke?"))));
        String id = guide.get("id").asString();
        assertThat(guide.get("questions")).hasSize(2);
        assertThat(guide.get("questions").get(1).get("prompt").asString()).isEqualTo("What broke?");
        String kept = guide.get("questions").get(0).get("id").asString();

        JsonNode edited = ok(owner.put(
                api + "/interview-guides/" + id,
                Map.of(
                        "title",
                        "How teams plan time",
                        "goal",
                        "",
                        "questions",
                        List.of("Who else was involved?", "Walk me through last week"),
                        "version",
                        guide.get("version").asInt())));
        assertThat(edited.get("title").asString()).isEqualTo("How teams plan time");
        assertThat(edited.get("goal").isNull()).isTrue();
        assertThat(prompts(edited)).containsExactly("Who else was involved?", "Walk me through last week");
        assertThat(edited.get("questions").get(1).get("id").asString())
                .as("an unchanged question keeps its id")
                .isEqualTo(kept);

        ApiClient.Response stale = owner.put(
                api + "/interview-guides/" + id, Map.of("title", "Old", "questions", List.of(), "version", 0));
        assertThat(stale.status()).isEqualTo(409);

        assertThat(ok(owner.get(api + "/interview-guides")).get("total").asInt())
                .isEqualTo(1);
        assertThat(ok(owner.get(api + "/interview-guides/" + id)).get("title").asString())
                .isEqualTo("How teams plan time");
        assertThat(owner.delete(api + "/interview-guides/" + id).status()).isEqualTo(204);
        assertThat(owner.get(api + "/interview-guides/" + id).status()).isEqualTo(404);
    }

    @Test
    void rejectsGuideWithoutTitleNamingTheField() {
        ApiClient.Response r =
                owner.post(api + "/interview-guides", Map.of("title", " ", "questions", List.of("x".repeat(2001))));
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactlyInAnyOrder("title", "questions");
        assertThat(ok(owner.get(api + "/interview-guides")).get("total").asInt())
                .isZero();
    }

    @Test
    void sessionNotesLandInTheInboxWithTheIntervieweeAsCustomer() {
        String guide = ok(owner.post(
                        api + "/interview-guides",
                        Map.of("title", "Scheduling", "questions", List.of("Last meeting you moved?"))))
                .get("id")
                .asString();
        JsonNode session = ok(owner.post(
                api + "/interview-sessions",
                Map.of(
                        "interviewee",
                        "Siobhan Gallagher",
                        "company",
                        "Foxglove Creative",
                        "segment",
                        "Agency",
                        "plan",
                        "Team",
                        "date",
                        "2026-06-11",
                        "guideId",
                        guide,
                        "summary",
                        "Leave lives in three places.")));
        String sessionId = session.get("id").asString();
        assertThat(session.get("guideTitle").asString()).isEqualTo("Scheduling");

        ApiClient.Response created = owner.post(
                api + "/interview-sessions/" + sessionId + "/notes",
                Map.of(
                        "text",
                        "Checks Cadence, the HR tool and a spreadsheet before staffing.",
                        "tags",
                        List.of("Leave", "workaround")));
        assertThat(created.status()).isEqualTo(201);
        JsonNode note = created.json();
        assertThat(note.get("source").asString()).isEqualTo("INTERVIEW");
        assertThat(note.get("date").asString())
                .as("dated the day of the interview")
                .isEqualTo("2026-06-11");
        assertThat(note.get("interviewSessionId").asString()).isEqualTo(sessionId);
        assertThat(note.get("tags").toString()).contains("leave", "workaround");

        PageResult<NoteView> interviews = Access.asSystem(() -> inbox.list(
                UUID.fromString(product), new NoteFilter(null, null, NoteSource.INTERVIEW, null), Paging.of(0, 10)));
        assertThat(interviews.total()).isEqualTo(1);
        NoteView inInbox = interviews.items().getFirst();
        assertThat(inInbox.id().toString()).isEqualTo(note.get("id").asString());
        assertThat(inInbox.customer())
                .isEqualTo(new Customer("Siobhan Gallagher", "Foxglove Creative", "Agency", "Team", null));
        assertThat(inInbox.interviewSessionId().toString()).isEqualTo(sessionId);

        JsonNode detail = ok(owner.get(api + "/interview-sessions/" + sessionId));
        assertThat(detail.get("session").get("noteCount").asInt()).isEqualTo(1);
        JsonNode listed = ok(owner.get(api + "/interview-sessions")).get("items");
        assertThat(listed.get(0).get("id").asString()).isEqualTo(sessionId);
        assertThat(listed.get(0).get("noteCount").asInt())
                .as("counted on the list too")
                .isEqualTo(1);
        assertThat(detail.get("notes").get(0).get("text").asString()).startsWith("Checks Cadence");
        assertThat(detail.get("checklist").get(0).get("covered").asBoolean()).isFalse();

        ApiClient.Response blank =
                owner.post(api + "/interview-sessions/" + sessionId + "/notes", Map.of("text", "  "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(fields(blank)).containsExactly("text");
    }

    @Test
    void ticksGuideQuestionsAsCovered() {
        JsonNode guide = ok(owner.post(
                api + "/interview-guides", Map.of("title", "Scheduling", "questions", List.of("First?", "Second?"))));
        String question = guide.get("questions").get(1).get("id").asString();
        String session = ok(owner.post(
                        api + "/interview-sessions",
                        Map.of(
                                "interviewee",
                                "Tomasz",
                                "date",
                                "2026-06-24",
                                "guideId",
                                guide.get("id").asString())))
                .get("id")
                .asString();
        JsonNode detail = ok(
                owner.put(api + "/interview-sessions/" + session + "/checklist/" + question, Map.of("covered", true)));
        assertThat(detail.get("checklist").get(1).get("covered").asBoolean()).isTrue();
        assertThat(detail.get("checklist").get(0).get("covered").asBoolean()).isFalse();
        assertThat(owner.put(
                                api + "/interview-sessions/" + session + "/checklist/" + UUID.randomUUID(),
                                Map.of("covered", true))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void listsSessionsNewestFirstAndRejectsBadOnes() {
        for (String date : List.of("2026-03-01", "2026-06-24", "2026-05-10")) {
            ok(owner.post(api + "/interview-sessions", Map.of("interviewee", "Person " + date, "date", date)));
        }
        JsonNode list = ok(owner.get(api + "/interview-sessions?size=2"));
        assertThat(list.get("total").asInt()).isEqualTo(3);
        assertThat(list.get("items").get(0).get("date").asString()).isEqualTo("2026-06-24");
        assertThat(list.get("items").get(1).get("date").asString()).isEqualTo("2026-05-10");

        ApiClient.Response bad = owner.post(
                api + "/interview-sessions",
                Map.of(
                        "interviewee",
                        "",
                        "date",
                        "11/06/2026",
                        "guideId",
                        UUID.randomUUID().toString()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad)).contains("interviewee", "date");
        ApiClient.Response foreignGuide = owner.post(
                api + "/interview-sessions",
                Map.of(
                        "interviewee",
                        "Ana",
                        "date",
                        "2026-01-01",
                        "guideId",
                        UUID.randomUUID().toString()));
        assertThat(fields(foreignGuide)).containsExactly("guideId");
        assertThat(ok(owner.get(api + "/interview-sessions")).get("total").asInt())
                .isEqualTo(3);
    }

    @Test
    void deletingASessionKeepsItsNotesInTheInbox() {
        String session = ok(owner.post(
                        api + "/interview-sessions", Map.of("interviewee", "Priya", "date", "2026-07-02")))
                .get("id")
                .asString();
        String note = ok(owner.post(
                        api + "/interview-sessions/" + session + "/notes", Map.of("text", "Wants half-day leave")))
                .get("id")
                .asString();
        assertThat(owner.delete(api + "/interview-sessions/" + session).status())
                .isEqualTo(204);
        assertThat(owner.get(api + "/interview-sessions/" + session).status()).isEqualTo(404);
        NoteView kept = Access.asSystem(() -> inbox.get(UUID.fromString(product), UUID.fromString(note)));
        assertThat(kept.interviewSessionId()).isNull();
        assertThat(kept.customer().name()).isEqualTo("Priya");
    }

    @Test
    void viewersReadContributorsInterviewEditorsWriteGuides() {
        ApiClient viewer = newUser("Victor");
        ApiClient contributor = newUser("Carla");
        addMember(owner, workspace, viewer, "VIEWER");
        addMember(owner, workspace, contributor, "CONTRIBUTOR");
        String guide = ok(owner.post(
                        api + "/interview-guides", Map.of("title", "Scheduling", "questions", List.of("Q?"))))
                .get("id")
                .asString();

        assertThat(viewer.get(api + "/interview-guides/" + guide).status()).isEqualTo(200);
        assertThat(viewer.post(api + "/interview-guides", Map.of("title", "Mine"))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.put(api + "/interview-guides/" + guide, Map.of("title", "Mine"))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.post(api + "/interview-sessions", Map.of("interviewee", "X", "date", "2026-01-01"))
                        .status())
                .isEqualTo(403);
        assertThat(contributor
                        .post(api + "/interview-guides", Map.of("title", "Mine"))
                        .status())
                .isEqualTo(403);

        String session = ok(contributor.post(
                        api + "/interview-sessions",
                        Map.of("interviewee", "Joon", "date", "2026-02-02", "guideId", guide)))
                .get("id")
                .asString();
        assertThat(contributor
                        .post(
                                api + "/interview-sessions/" + session + "/notes",
                                Map.of("text", "Uses the mobile app daily"))
                        .status())
                .isEqualTo(201);
        assertThat(viewer.post(api + "/interview-sessions/" + session + "/notes", Map.of("text", "Sneaky"))
                        .status())
                .isEqualTo(403);
        assertThat(contributor.delete(api + "/interview-sessions/" + session).status())
                .isEqualTo(403);
        assertThat(ok(viewer.get(api + "/interview-sessions/" + session)).get("notes"))
                .hasSize(1);
    }

    @Test
    void strangersGetNotFound() {
        ApiClient mallory = newUser("Mallory");
        String guide = ok(owner.post(api + "/interview-guides", Map.of("title", "Scheduling")))
                .get("id")
                .asString();
        String session = ok(owner.post(api + "/interview-sessions", Map.of("interviewee", "Ana", "date", "2026-01-01")))
                .get("id")
                .asString();
        assertThat(mallory.get(api + "/interview-guides").status()).isEqualTo(404);
        assertThat(mallory.get(api + "/interview-guides/" + guide).status()).isEqualTo(404);
        assertThat(mallory.get(api + "/interview-sessions/" + session).status()).isEqualTo(404);
        assertThat(mallory.post(api + "/interview-sessions/" + session + "/notes", Map.of("text", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(mallory.delete(api + "/interview-guides/" + guide).status()).isEqualTo(404);

        // ids of one product are not reachable through another the caller does own
        String theirs = newProduct(mallory, newWorkspace(mallory, "Mal"), "Other");
        assertThat(mallory.get("/api/v1/products/" + theirs + "/interview-sessions/" + session)
                        .status())
                .isEqualTo(404);
        assertThat(mallory.get("/api/v1/products/" + theirs + "/interview-guides/" + guide)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void pagesLetAnInterviewerTakeNotesWithTheGuideAsChecklist() {
        FormClient browser = FormClient.signedIn(port, email(owner), PASSWORD);
        String base = "/products/" + product + "/interviews";
        assertThat(browser.get(base).body()).contains("No interviews recorded yet");

        browser.get(base + "/guides/new");
        FormClient.Page invalid =
                browser.post(base + "/guides", Map.of("title", "", "questions", "Walk me through it"));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("Title is required").contains("Walk me through it");

        FormClient.Page created = browser.post(
                base + "/guides",
                Map.of(
                        "title",
                        "Planning",
                        "goal",
                        "How plans get made",
                        "questions",
                        "Tell me about last Monday\nWho moved a meeting last?\n"));
        assertThat(created.status()).isEqualTo(302);
        String guidePath = created.location().replaceFirst("^https?://[^/]+", "");
        String guide = guidePath.substring(guidePath.lastIndexOf('/') + 1);
        assertThat(browser.get(guidePath).body())
                .contains("Tell me about last Monday")
                .contains("Who moved a meeting last?");

        browser.get(base + "/sessions/new?guideId=" + guide);
        FormClient.Page missing =
                browser.post(base + "/sessions", Map.of("interviewee", "", "date", "2026-06-11", "guideId", guide));
        assertThat(missing.body()).contains("Interviewee is required");
        FormClient.Page session = browser.post(
                base + "/sessions",
                Map.of(
                        "interviewee",
                        "Siobhan",
                        "company",
                        "Foxglove",
                        "segment",
                        "Agency",
                        "plan",
                        "Team",
                        "date",
                        "2026-06-11",
                        "guideId",
                        guide,
                        "summary",
                        ""));
        assertThat(session.status()).isEqualTo(302);
        String sessionPath = session.location().replaceFirst("^https?://[^/]+", "");
        String page = browser.get(sessionPath).body();
        assertThat(page).contains("Guide checklist").contains("0 of 2 covered").contains("Tell me about last Monday");

        FormClient.Page note = browser.post(
                sessionPath + "/notes",
                Map.of("text", "Has a sticky note of moved meetings", "tags", "workaround", "quote", "false"));
        assertThat(note.status()).isEqualTo(302);
        FormClient.Page quote = browser.post(
                sessionPath + "/notes",
                Map.of("text", "Cadence only knows what people remember to enter.", "quote", "true"));
        assertThat(quote.status()).isEqualTo(302);
        page = browser.get(sessionPath).body();
        assertThat(page)
                .contains("Has a sticky note of moved meetings")
                .contains("class=\"quote\"")
                .contains("/products/" + product + "/notes/");

        String question = ok(owner.get(api + "/interview-guides/" + guide))
                .get("questions")
                .get(0)
                .get("id")
                .asString();
        FormClient.Page fragment =
                browser.post(sessionPath + "/checklist/" + question, Map.of("covered", "true"), "HX-Request", "true");
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body())
                .contains("id=\"checklist\"")
                .contains("1 of 2 covered")
                .doesNotContain("<html");

        PageResult<NoteView> notes = Access.asSystem(() -> inbox.list(
                UUID.fromString(product), new NoteFilter(null, null, NoteSource.INTERVIEW, null), Paging.of(0, 10)));
        assertThat(notes.items()).extracting(n -> n.customer().name()).containsOnly("Siobhan");
        assertThat(notes.items()).filteredOn(n -> n.tags().contains("quote")).hasSize(1);
    }

    @Test
    void pagesHideEditingFromViewers() {
        ApiClient viewer = newUser("Victor");
        addMember(owner, workspace, viewer, "VIEWER");
        String guide = ok(owner.post(
                        api + "/interview-guides", Map.of("title", "Scheduling", "questions", List.of("Q?"))))
                .get("id")
                .asString();
        FormClient browser = FormClient.signedIn(port, email(viewer), PASSWORD);
        String page = browser.get("/products/" + product + "/interviews/guides/" + guide)
                .body();
        assertThat(page).contains("Scheduling").doesNotContain("Add question").doesNotContain("Start a session");
        FormClient.Page post = browser.post(
                "/products/" + product + "/interviews/guides/" + guide + "/questions", Map.of("prompt", "Mine?"));
        assertThat(post.status()).isEqualTo(403);
    }

    private static List<String> prompts(JsonNode guide) {
        List<String> out = new ArrayList<>();
        guide.get("questions").forEach(q -> out.add(q.get("prompt").asString()));
        return out;
    }

    static List<String> fields(ApiClient.Response r) {
        List<String> out = new ArrayList<>();
        r.json().get("errors").forEach(e -> out.add(e.get("field").asString()));
        return out;
    }
}
