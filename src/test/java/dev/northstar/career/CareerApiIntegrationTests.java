package dev.northstar.career;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.practice.Skill;
import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The career API: assessments, the ladder, the learning plan and the job search, private to each user. */
@IntegrationTest
class CareerApiIntegrationTests extends ApiTestSupport {

    static final String API = "/api/v1/career";

    @Autowired
    CareerLibrary library;

    ApiClient ada;

    @BeforeEach
    void setUp() {
        ada = newUser("Ada");
    }

    /** Ratings that exactly meet the expectations of one rung. */
    Map<String, Object> ratingsOf(String levelKey) {
        LadderLevel level = library.level(levelKey).orElseThrow();
        Map<String, Object> ratings = new LinkedHashMap<>();
        for (Skill s : Skill.values()) {
            ratings.put(s.key(), level.expectation(s).level());
        }
        return ratings;
    }

    Map<String, Object> allAt(int level) {
        Map<String, Object> ratings = new LinkedHashMap<>();
        for (Skill s : Skill.values()) {
            ratings.put(s.key(), level);
        }
        return ratings;
    }

    JsonNode assess(ApiClient user, Map<String, Object> ratings, String on) {
        Map<String, Object> body = new HashMap<>();
        body.put("ratings", ratings);
        if (on != null) {
            body.put("assessedOn", on);
        }
        ApiClient.Response r = user.post(API + "/assessments", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    static List<String> fields(ApiClient.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        List<String> out = new ArrayList<>();
        r.json().get("errors").forEach(e -> out.add(e.get("field").asString()));
        return out;
    }

    // content

    @Test
    void servesTheSkillAnchorsTheLadderAndTheReadingList() {
        JsonNode skills = ok(ada.get(API + "/skills"));
        assertThat(skills.get("total").asInt()).isEqualTo(7);
        assertThat(skills.get("items").get(0).get("levels").get("5").asString()).isNotBlank();
        JsonNode ladder = ok(ada.get(API + "/ladder"));
        assertThat(ladder.get("total").asInt()).isEqualTo(6);
        assertThat(ladder.get("items").get(0).get("key").asString()).isEqualTo("apm");
        assertThat(ladder.get("items").get(5).get("key").asString()).isEqualTo("vp");
        JsonNode books = ok(ada.get(API + "/reading"));
        assertThat(books.get("total").asInt()).isEqualTo(6);
        assertThat(books.findValuesAsString("author")).contains("Tony Fadell", "Teresa Torres");
    }

    // assessments

    @Test
    void recordsDatedAssessmentsAndListsThemNewestFirst() {
        Map<String, Object> first = allAt(2);
        Map<String, Object> body = new HashMap<>();
        body.put("ratings", first);
        body.put("assessedOn", "2026-01-05");
        body.put("notes", Map.of("data", "Ran my first funnel analysis"));
        JsonNode created = ok(ada.post(API + "/assessments", body));
        assertThat(created.get("assessedOn").asString()).isEqualTo("2026-01-05");
        assertThat(created.get("ratings")).hasSize(7);
        assess(ada, allAt(3), null);

        JsonNode list = ok(ada.get(API + "/assessments"));
        assertThat(list.get("total").asInt()).isEqualTo(2);
        assertThat(list.get("items").get(0).get("assessedOn").asString())
                .isEqualTo(LocalDate.now().toString());
        JsonNode old = ok(ada.get(API + "/assessments/" + created.get("id").asString()));
        assertThat(old.findValuesAsString("note")).contains("Ran my first funnel analysis");
    }

    @Test
    void rejectsAnAssessmentThatLeavesASkillUnratedOrOutOfRange() {
        Map<String, Object> ratings = allAt(3);
        ratings.remove("business");
        ratings.put("data", 6);
        assertThat(fields(ada.post(API + "/assessments", Map.of("ratings", ratings))))
                .containsExactlyInAnyOrder("ratings.data", "ratings.business");
        assertThat(fields(ada.post(API + "/assessments", Map.of("ratings", Map.of("charm", 3)))))
                .containsExactly("ratings.charm");
        Map<String, Object> words = allAt(3);
        words.put("empathy", "high");
        assertThat(fields(ada.post(API + "/assessments", Map.of("ratings", words))))
                .containsExactly("ratings.empathy");
        assertThat(fields(ada.post(
                        API + "/assessments",
                        Map.of(
                                "ratings",
                                allAt(3),
                                "assessedOn",
                                LocalDate.now().plusDays(3).toString()))))
                .containsExactly("assessedOn");
        assertThat(fields(ada.post(API + "/assessments", Map.of("ratings", allAt(3), "assessedOn", "05/01/2026"))))
                .containsExactly("assessedOn");
        assertThat(ok(ada.get(API + "/assessments")).get("total").asInt()).isZero();
    }

    @Test
    void comparesTwoAssessmentsSkillBySkill() {
        String before = assess(ada, allAt(2), "2026-01-05").get("id").asString();
        Map<String, Object> later = allAt(2);
        later.put("data", 4);
        String after = assess(ada, later, "2026-03-05").get("id").asString();
        JsonNode cmp = ok(ada.get(API + "/assessments/compare?from=" + before + "&to=" + after));
        JsonNode data = null;
        for (JsonNode c : cmp.get("changes")) {
            if (c.get("skill").asString().equals("DATA")) {
                data = c;
            }
        }
        assertThat(data).isNotNull();
        assertThat(data.get("from").asInt()).isEqualTo(2);
        assertThat(data.get("to").asInt()).isEqualTo(4);
        assertThat(data.get("delta").asInt()).isEqualTo(2);
        assertThat(fields(ada.get(API + "/assessments/compare?from=" + before))).containsExactly("to");
    }

    @Test
    void deletesAnAssessment() {
        String id = assess(ada, allAt(2), null).get("id").asString();
        assertThat(ada.delete(API + "/assessments/" + id).status()).isEqualTo(204);
        assertThat(ada.get(API + "/assessments/" + id).status()).isEqualTo(404);
    }

    // ladder and standing

    @Test
    void saysWhichRungTheLatestAssessmentMeetsAndWhatTheNextAsks() {
        assertThat(ok(ada.get(API + "/standing")).get("assessed").asBoolean()).isFalse();
        assess(ada, ratingsOf("apm"), null);
        JsonNode standing = ok(ada.get(API + "/standing"));
        assertThat(standing.get("met").get("key").asString()).isEqualTo("apm");
        assertThat(standing.get("next").get("key").asString()).isEqualTo("pm");
        assertThat(standing.get("toward").get("key").asString()).isEqualTo("pm");
        LadderLevel apm = library.level("apm").orElseThrow();
        LadderLevel pm = library.level("pm").orElseThrow();
        List<String> expectedGaps = new ArrayList<>();
        for (Skill s : Skill.values()) {
            if (pm.expectation(s).level() > apm.expectation(s).level()) {
                expectedGaps.add(s.name());
            }
        }
        assertThat(standing.get("gaps").findValuesAsString("skill")).containsExactlyInAnyOrderElementsOf(expectedGaps);
        JsonNode first = standing.get("gaps").get(0);
        assertThat(first.get("text").asString())
                .isEqualTo(pm.expectation(Skill.parse(first.get("skill").asString(), "skill"))
                        .text());
        assertThat(first.get("gap").asInt()).isPositive();
    }

    @Test
    void aimsAtTheTargetRungOnceSet() {
        assess(ada, ratingsOf("apm"), null);
        JsonNode position = ok(ada.put(API + "/ladder/position", Map.of("current", "apm", "target", "senior-pm")));
        assertThat(position.get("target").get("name").asString())
                .isEqualTo(library.level("senior-pm").orElseThrow().name());
        JsonNode standing = ok(ada.get(API + "/standing"));
        assertThat(standing.get("toward").get("key").asString()).isEqualTo("senior-pm");
        assertThat(standing.get("next").get("key").asString()).isEqualTo("pm");
        assertThat(ok(ada.get(API + "/ladder/position"))
                        .get("current")
                        .get("key")
                        .asString())
                .isEqualTo("apm");
    }

    @Test
    void rejectsATargetBelowTheCurrentRungOrAnUnknownRung() {
        assertThat(fields(ada.put(API + "/ladder/position", Map.of("current", "senior-pm", "target", "apm"))))
                .containsExactly("target");
        assertThat(fields(ada.put(API + "/ladder/position", Map.of("current", "cto"))))
                .containsExactly("current");
    }

    // learning plan

    @Test
    void asksForAnAssessmentBeforeItCanPlan() {
        JsonNode plan = ok(ada.get(API + "/plan"));
        assertThat(plan.get("assessed").asBoolean()).isFalse();
        assertThat(plan.get("skills")).isEmpty();
    }

    @Test
    void buildsThePlanFromTheGapsBiggestFirstAndKeepsDoneMarks() {
        Map<String, Object> ratings = ratingsOf("apm");
        ratings.put("data", 1);
        ratings.put("empathy", 1);
        assess(ada, ratings, "2026-01-05");
        JsonNode plan = ok(ada.get(API + "/plan"));
        assertThat(plan.get("assessed").asBoolean()).isTrue();
        JsonNode firstSkill = plan.get("skills").get(0);
        int biggest = firstSkill.get("gap").asInt();
        plan.get("skills").forEach(s -> assertThat(s.get("gap").asInt()).isLessThanOrEqualTo(biggest));
        JsonNode items = firstSkill.get("items");
        JsonNode exercise = null;
        JsonNode book = null;
        for (JsonNode i : items) {
            if (i.get("kind").asString().equals("EXERCISE") && exercise == null) {
                exercise = i;
            }
            if (i.get("kind").asString().equals("BOOK") && book == null) {
                book = i;
            }
        }
        assertThat(exercise).isNotNull();
        assertThat(exercise.get("link").asString()).startsWith("/practice/exercises/new?kind=");
        assertThat(book).isNotNull();
        assertThat(book.get("detail").asString()).isNotBlank();
        int total = plan.get("total").asInt();
        assertThat(total).isPositive();

        String key = exercise.get("key").asString();
        JsonNode marked = ok(ada.put(API + "/plan/items/" + key, Map.of("done", true)));
        assertThat(marked.get("done").asInt()).isEqualTo(1);

        // a new assessment closes the empathy gap only: the data items stay, with their marks
        Map<String, Object> better = new LinkedHashMap<>(ratings);
        better.put("empathy", 5);
        assess(ada, better, null);
        JsonNode after = ok(ada.get(API + "/plan"));
        assertThat(after.get("skills").findValuesAsString("skill")).doesNotContain("EMPATHY");
        List<String> doneKeys = new ArrayList<>();
        after.get("skills")
                .forEach(s -> s.get("items").forEach(i -> {
                    if (i.get("done").asBoolean()) {
                        doneKeys.add(i.get("key").asString());
                    }
                }));
        if (key.startsWith("data:")) {
            assertThat(doneKeys).containsExactly(key);
        } else {
            assertThat(doneKeys).isEmpty();
        }
        assertThat(ok(ada.post(API + "/plan/regenerate", Map.of())).get("done").asInt())
                .isEqualTo(doneKeys.size());
        assertThat(ada.put(API + "/plan/items/empathy:book:nope", Map.of("done", true))
                        .status())
                .isEqualTo(404);
        assertThat(fields(ada.put(API + "/plan/items/" + key, Map.of()))).containsExactly("done");
    }

    @Test
    void overviewCountsPlanProgressAndFollowUps() {
        assess(ada, ratingsOf("apm"), null);
        ok(ada.post(
                API + "/contacts",
                Map.of(
                        "name",
                        "Grace",
                        "followUpOn",
                        LocalDate.now().plusDays(1).toString())));
        JsonNode overview = ok(ada.get(API + "/overview"));
        assertThat(overview.get("standing").get("met").get("key").asString()).isEqualTo("apm");
        assertThat(overview.get("plan").get("total").asInt()).isPositive();
        assertThat(overview.get("week").get("count").asInt()).isEqualTo(1);
    }

    // job search

    @Test
    void tracksAnApplicationThroughThePipelineWithItsHistory() {
        JsonNode app = ok(ada.post(
                API + "/applications",
                Map.of(
                        "company", "Lumen Health",
                        "role", "Associate Product Manager",
                        "link", "https://lumen.example/jobs/apm",
                        "stage", "wishlist")));
        assertThat(app.get("stage").asString()).isEqualTo("WISHLIST");
        assertThat(app.get("appliedOn").isNull()).isTrue();
        String id = app.get("id").asString();
        String company = app.get("companyId").asString();

        JsonNode applied =
                ok(ada.post(API + "/applications/" + id + "/stage", Map.of("stage", "applied", "on", "2026-02-02")));
        assertThat(applied.get("appliedOn").asString()).isEqualTo("2026-02-02");
        JsonNode screen = ok(ada.post(API + "/applications/" + id + "/stage", Map.of("stage", "screen")));
        assertThat(screen.get("history").findValuesAsString("to")).containsExactly("WISHLIST", "APPLIED", "SCREEN");
        assertThat(screen.get("history").get(2).get("on").asString())
                .isEqualTo(LocalDate.now().toString());

        // the same company name (any case) is the same company
        JsonNode second = ok(ada.post(
                API + "/applications",
                Map.of("company", "lumen health", "role", "Product Manager", "stage", "applied")));
        assertThat(second.get("companyId").asString()).isEqualTo(company);
        assertThat(second.get("appliedOn").asString()).isEqualTo(LocalDate.now().toString());

        assertThat(ok(ada.get(API + "/applications?stage=screen")).get("total").asInt())
                .isEqualTo(1);
        JsonNode board = ok(ada.get(API + "/applications/board"));
        assertThat(board.get("total").asInt()).isEqualTo(6);
        assertThat(board.get("items").get(2).get("stage").asString()).isEqualTo("SCREEN");
        assertThat(board.get("items").get(2).get("applications")).hasSize(1);

        JsonNode detail = ok(ada.get(API + "/companies/" + company));
        assertThat(detail.get("applications")).hasSize(2);
        assertThat(detail.get("company").get("applications").asInt()).isEqualTo(2);
    }

    @Test
    void rejectsAnApplicationWithMissingOrMalformedFieldsNamingThem() {
        assertThat(fields(ada.post(API + "/applications", Map.of("link", "lumen.example", "followUpOn", "soon"))))
                .containsExactly("followUpOn");
        assertThat(fields(ada.post(API + "/applications", Map.of("link", "lumen.example"))))
                .containsExactlyInAnyOrder("company", "role", "link");
        assertThat(fields(ada.post(API + "/applications", Map.of("company", "Lumen", "role", "PM", "stage", "hired"))))
                .containsExactly("stage");
        String id = ok(ada.post(API + "/applications", Map.of("company", "Lumen", "role", "PM")))
                .get("id")
                .asString();
        assertThat(fields(ada.post(
                        API + "/applications/" + id + "/stage",
                        Map.of(
                                "stage",
                                "offer",
                                "on",
                                LocalDate.now().plusDays(2).toString()))))
                .containsExactly("on");
        assertThat(fields(ada.post(API + "/applications/" + id + "/stage", Map.of())))
                .containsExactly("stage");
    }

    @Test
    void keepsCompaniesUniqueAndDeletesTheirApplicationsWithThem() {
        String company = ok(ada.post(
                        API + "/companies", Map.of("name", "Northwind", "website", "https://northwind.example")))
                .get("id")
                .asString();
        assertThat(fields(ada.post(API + "/companies", Map.of("name", "NORTHWIND"))))
                .containsExactly("name");
        assertThat(fields(ada.post(API + "/companies", Map.of("name", " ", "website", "northwind"))))
                .containsExactlyInAnyOrder("name", "website");
        String contact = ok(ada.post(API + "/contacts", Map.of("name", "Lin", "companyId", company)))
                .get("id")
                .asString();
        ok(ada.post(API + "/applications", Map.of("companyId", company, "role", "PM")));
        assertThat(ok(ada.get(API + "/companies/" + company)).get("contacts")).hasSize(1);

        assertThat(ada.delete(API + "/companies/" + company).status()).isEqualTo(204);
        assertThat(ok(ada.get(API + "/applications")).get("total").asInt()).isZero();
        JsonNode lin = ok(ada.get(API + "/contacts/" + contact));
        assertThat(lin.get("companyId").isNull()).isTrue();
    }

    @Test
    void followsUpWithContactsAndSnoozesAWeek() {
        LocalDate today = LocalDate.now();
        JsonNode grace = ok(ada.post(
                API + "/contacts",
                Map.of(
                        "name", "Grace Okafor",
                        "company", "Lumen Health",
                        "role", "Group PM",
                        "howMet", "Product meetup panel",
                        "email", "grace@lumen.example",
                        "followUpOn", today.minusDays(2).toString())));
        assertThat(grace.get("companyName").asString()).isEqualTo("Lumen Health");
        String id = grace.get("id").asString();
        JsonNode snoozed = ok(ada.post(API + "/contacts/" + id + "/follow-up/snooze", Map.of()));
        assertThat(snoozed.get("followUpOn").asString())
                .isEqualTo(today.plusDays(7).toString());
        JsonNode done = ok(ada.post(API + "/contacts/" + id + "/follow-up/done", Map.of()));
        assertThat(done.get("followUpOn").isNull()).isTrue();
        assertThat(done.get("lastContacted").asString()).isEqualTo(today.toString());
        assertThat(fields(ada.post(API + "/contacts/" + id + "/follow-up/snooze", Map.of())))
                .containsExactly("followUpOn");
        assertThat(fields(ada.post(API + "/contacts", Map.of("name", "X", "email", "not-an-email", "link", "ftp://x"))))
                .containsExactlyInAnyOrder("email", "link");
    }

    @Test
    void listsWhatIsDueThisWeek() {
        LocalDate today = LocalDate.now();
        ok(ada.post(
                API + "/applications",
                Map.of(
                        "company",
                        "Lumen",
                        "role",
                        "APM",
                        "stage",
                        "applied",
                        "followUpOn",
                        today.minusDays(1).toString())));
        ok(ada.post(
                API + "/applications",
                Map.of("company", "Lumen", "role", "PM", "stage", "rejected", "followUpOn", today.toString())));
        ok(ada.post(
                API + "/applications",
                Map.of(
                        "company",
                        "Lumen",
                        "role",
                        "Later",
                        "followUpOn",
                        today.plusDays(20).toString())));
        ok(ada.post(
                API + "/contacts",
                Map.of("name", "Grace", "followUpOn", today.plusDays(3).toString())));
        ok(ada.post(
                API + "/events", Map.of("name", "Product coffee", "heldOn", today.toString(), "kind", "coffee-chat")));
        JsonNode week = ok(ada.get(API + "/week"));
        assertThat(week.get("overdue").findValuesAsString("title")).containsExactly("APM at Lumen");
        assertThat(week.get("upcoming").findValuesAsString("title")).containsExactly("Grace");
        assertThat(week.get("events").findValuesAsString("name")).containsExactly("Product coffee");
        assertThat(week.get("count").asInt()).isEqualTo(2);
    }

    @Test
    void recordsEventsWithTheContactsMetThere() {
        String grace = ok(ada.post(API + "/contacts", Map.of("name", "Grace")))
                .get("id")
                .asString();
        JsonNode event = ok(ada.post(
                API + "/events",
                Map.of(
                        "name",
                        "ProductCamp",
                        "heldOn",
                        "2026-02-14",
                        "kind",
                        "conference",
                        "contactIds",
                        List.of(grace))));
        assertThat(event.get("kind").asString()).isEqualTo("CONFERENCE");
        assertThat(event.get("contacts").findValuesAsString("name")).containsExactly("Grace");
        assertThat(fields(ada.post(API + "/events", Map.of("name", "", "kind", "party"))))
                .containsExactly("kind");
        assertThat(fields(ada.post(API + "/events", Map.of("name", "")))).containsExactlyInAnyOrder("name", "heldOn");
        String id = event.get("id").asString();
        JsonNode updated = ok(ada.put(
                API + "/events/" + id,
                Map.of("name", "ProductCamp 2026", "heldOn", "2026-02-14", "kind", "conference")));
        assertThat(updated.get("contacts")).isEmpty();
        assertThat(ada.delete(API + "/events/" + id).status()).isEqualTo(204);
        assertThat(ada.get(API + "/events/" + id).status()).isEqualTo(404);
    }

    // privacy

    @Test
    void anotherUserSeesNoneOfItAndCannotTouchIt() {
        String assessment = assess(ada, allAt(3), null).get("id").asString();
        JsonNode app = ok(ada.post(
                API + "/applications",
                Map.of(
                        "company",
                        "Lumen",
                        "role",
                        "APM",
                        "followUpOn",
                        LocalDate.now().toString())));
        String application = app.get("id").asString();
        String company = app.get("companyId").asString();
        String contact = ok(ada.post(
                        API + "/contacts",
                        Map.of("name", "Grace", "followUpOn", LocalDate.now().toString())))
                .get("id")
                .asString();
        String event = ok(ada.post(
                        API + "/events",
                        Map.of("name", "Meetup", "heldOn", LocalDate.now().toString())))
                .get("id")
                .asString();
        ok(ada.put(API + "/ladder/position", Map.of("current", "apm")));

        ApiClient bob = newUser("Bob");
        for (String path : List.of(
                "/assessments/" + assessment,
                "/applications/" + application,
                "/companies/" + company,
                "/contacts/" + contact,
                "/events/" + event)) {
            assertThat(bob.get(API + path).status()).as(path).isEqualTo(404);
            assertThat(bob.delete(API + path).status()).as(path).isEqualTo(404);
        }
        assertThat(bob.put(API + "/applications/" + application, Map.of("company", "X", "role", "Y"))
                        .status())
                .isEqualTo(404);
        assertThat(bob.post(API + "/applications/" + application + "/stage", Map.of("stage", "offer"))
                        .status())
                .isEqualTo(404);
        assertThat(bob.post(API + "/contacts/" + contact + "/follow-up/done", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(bob.get(API + "/assessments/compare?from=" + assessment + "&to=" + assessment)
                        .status())
                .isEqualTo(404);
        assertThat(fields(bob.post(API + "/applications", Map.of("companyId", company, "role", "PM"))))
                .containsExactly("companyId");
        assertThat(fields(
                        bob.post(API + "/applications", Map.of("company", "Mine", "role", "PM", "contactId", contact))))
                .containsExactly("contactId");
        assertThat(fields(bob.post(
                        API + "/events", Map.of("name", "M", "heldOn", "2026-01-01", "contactIds", List.of(contact)))))
                .containsExactly("contactIds");

        for (String list : List.of("/assessments", "/applications", "/companies", "/contacts", "/events")) {
            assertThat(ok(bob.get(API + list)).get("total").asInt()).as(list).isZero();
        }
        assertThat(ok(bob.get(API + "/week")).get("count").asInt()).isZero();
        assertThat(ok(bob.get(API + "/standing")).get("assessed").asBoolean()).isFalse();
        assertThat(ok(bob.get(API + "/ladder/position")).get("current").isNull())
                .isTrue();
        assertThat(ok(ada.get(API + "/applications/" + application)).get("role").asString())
                .isEqualTo("APM");
    }

    @Test
    void needsSigningIn() {
        assertThat(ApiClient.anonymous(port).get(API + "/assessments").status()).isEqualTo(401);
    }
}
