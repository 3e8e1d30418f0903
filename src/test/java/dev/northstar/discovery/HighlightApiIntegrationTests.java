package dev.northstar.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.IntegrationTest;
import dev.northstar.workspace.Access;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class HighlightApiIntegrationTests extends DiscoveryFixtures {

    static final String TEXT =
            "We book demos all week. The round-robin keeps sending leads to reps who are on holiday, and nobody notices until the customer complains.";

    String need;
    String note;

    @BeforeEach
    void setUp() {
        ownProduct();
        need = need("Spread inbound demos fairly", null, "IMPORTANT");
        note = note(TEXT);
    }

    @Test
    void linksAPassageByOffsetsAndListsItOnTheNoteAndTheNeed() {
        int start = TEXT.indexOf("The round-robin");
        int end = TEXT.indexOf(", and nobody");
        JsonNode h = ok(owner.post(
                api("/notes/" + note + "/highlights"),
                Map.of(
                        "start",
                        start,
                        "end",
                        end,
                        "quote",
                        TEXT.substring(start, end),
                        "needId",
                        need,
                        "importance",
                        "critical")));
        assertThat(h.get("quote").asString())
                .isEqualTo("The round-robin keeps sending leads to reps who are on holiday");
        assertThat(h.get("importance").asString()).isEqualTo("CRITICAL");
        assertThat(h.get("needTitle").asString()).isEqualTo("Spread inbound demos fairly");
        assertThat(h.get("anchored").asBoolean()).isTrue();

        JsonNode onNote = ok(owner.get(api("/notes/" + note + "/highlights")));
        assertThat(onNote.get("total").asInt()).isEqualTo(1);
        JsonNode onNeed = ok(owner.get(api("/needs/" + need + "/highlights")));
        assertThat(onNeed.get("items").get(0).get("noteId").asString()).isEqualTo(note);
        assertThat(ok(owner.get(api("/needs/" + need))).get("evidenceCount").asInt())
                .isEqualTo(1);
    }

    @Test
    void findsAQuoteInTheTextEvenWithDifferentSpacingAndQuoteMarks() {
        String n = note("Said: \u201cI can\u2019t\r\nsee my week\u201d on the phone.");
        JsonNode h = ok(
                owner.post(api("/notes/" + n + "/highlights"), Map.of("quote", "I can't see my week", "needId", need)));
        assertThat(h.get("start").asInt()).isEqualTo(7);
        assertThat(h.get("quote").asString()).isEqualTo("I can\u2019t\r\nsee my week");
        assertThat(h.get("importance").asString())
                .as("defaults to the need's importance")
                .isEqualTo("IMPORTANT");
    }

    @Test
    void rejectsOffsetsOutsideTheTextAndQuotesThatDoNotMatch() {
        String path = api("/notes/" + note + "/highlights");
        assertThat(field(owner.post(path, Map.of("start", -1, "end", 5, "needId", need))))
                .isEqualTo("start");
        assertThat(field(owner.post(path, Map.of("start", 5, "end", 5, "needId", need))))
                .isEqualTo("end");
        ApiClient.Response past = owner.post(path, Map.of("start", 10, "end", TEXT.length() + 1, "needId", need));
        assertThat(field(past)).isEqualTo("end");
        assertThat(past.json().get("errors").get(0).get("message").asString()).contains(String.valueOf(TEXT.length()));
        assertThat(field(owner.post(path, Map.of("start", 0, "needId", need)))).isEqualTo("end");
        ApiClient.Response mismatch =
                owner.post(path, Map.of("start", 0, "end", 6, "quote", "We sell", "needId", need));
        assertThat(field(mismatch)).isEqualTo("quote");
        assertThat(mismatch.json().get("errors").get(0).get("message").asString())
                .contains("We boo");
        assertThat(field(owner.post(path, Map.of("quote", "never said this", "needId", need))))
                .isEqualTo("quote");
        assertThat(field(owner.post(path, Map.of("needId", need)))).isEqualTo("quote");
        assertThat(field(owner.post(path, Map.of("quote", "demos")))).isEqualTo("needId");
        assertThat(field(owner.post(
                        path,
                        Map.of("quote", "demos", "needId", UUID.randomUUID().toString()))))
                .isEqualTo("needId");
        assertThat(field(owner.post(path, Map.of("quote", "demos", "needId", need, "importance", "meh"))))
                .isEqualTo("importance");
        assertThat(ok(owner.get(path)).get("total").asInt()).isZero();
    }

    @Test
    void refusesTheSamePassageForTheSameNeedTwice() {
        String path = api("/notes/" + note + "/highlights");
        ok(owner.post(path, Map.of("quote", "nobody notices", "needId", need)));
        assertThat(owner.post(path, Map.of("quote", "nobody notices", "needId", need))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void removesHighlightsWithTheirNote() {
        JsonNode h = ok(
                owner.post(api("/notes/" + note + "/highlights"), Map.of("quote", "nobody notices", "needId", need)));
        deleteNote(note);
        assertThat(owner.get(api("/highlights/" + h.get("id").asString())).status())
                .isEqualTo(404);
        assertThat(ok(owner.get(api("/needs/" + need))).get("evidenceCount").asInt())
                .isZero();
        assertThat(owner.get(api("/notes/" + note + "/highlights")).status()).isEqualTo(404);
    }

    @Test
    void followsItsQuoteWhenTheNoteIsEdited() {
        JsonNode h = ok(
                owner.post(api("/notes/" + note + "/highlights"), Map.of("quote", "nobody notices", "needId", need)));
        UUID productId = UUID.fromString(product);
        UUID noteId = UUID.fromString(note);
        Access.asSystem(() -> inbox.edit(
                productId,
                noteId,
                0,
                new NewNote("Update from the call. " + TEXT, NoteSource.INTERVIEW, null, null, null, null)));
        JsonNode moved = ok(owner.get(api("/highlights/" + h.get("id").asString())));
        assertThat(moved.get("start").asInt()).isEqualTo(h.get("start").asInt() + "Update from the call. ".length());
        assertThat(moved.get("anchored").asBoolean()).isTrue();

        Access.asSystem(() -> inbox.edit(
                productId,
                noteId,
                1,
                new NewNote("Entirely rewritten.", NoteSource.INTERVIEW, null, null, null, null)));
        JsonNode adrift = ok(owner.get(api("/highlights/" + h.get("id").asString())));
        assertThat(adrift.get("anchored").asBoolean()).isFalse();
        assertThat(adrift.get("quote").asString()).isEqualTo("nobody notices");
    }

    @Test
    void contributorsAddAndRemoveTheirOwnViewersCannotStrangersSeeNothing() {
        ApiClient contributor = member("Cora", "CONTRIBUTOR");
        ApiClient viewer = member("Victor", "VIEWER");
        ApiClient stranger = newUser("Mallory");
        String path = api("/notes/" + note + "/highlights");

        JsonNode mine =
                ok(contributor.post(path, Map.of("quote", "on holiday", "needId", need, "importance", "nice-to-have")));
        JsonNode owners = ok(owner.post(path, Map.of("quote", "customer complains", "needId", need)));
        assertThat(viewer.post(path, Map.of("quote", "demos", "needId", need)).status())
                .isEqualTo(403);
        assertThat(viewer.delete(api("/highlights/" + mine.get("id").asString()))
                        .status())
                .isEqualTo(403);
        assertThat(ok(viewer.get(path)).get("total").asInt()).isEqualTo(2);
        assertThat(contributor
                        .delete(api("/highlights/" + owners.get("id").asString()))
                        .status())
                .isEqualTo(403);
        assertThat(contributor
                        .delete(api("/highlights/" + mine.get("id").asString()))
                        .status())
                .isEqualTo(204);

        assertThat(stranger.get(path).status()).isEqualTo(404);
        assertThat(stranger.post(path, Map.of("quote", "demos", "needId", need)).status())
                .isEqualTo(404);
        assertThat(stranger.delete(api("/highlights/" + owners.get("id").asString()))
                        .status())
                .isEqualTo(404);
        assertThat(ok(owner.get(path)).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void doesNotHighlightANoteOfAnotherProduct() {
        String other = newProduct(owner, workspace, "Other");
        ApiClient.Response r = owner.post(
                "/api/v1/products/" + other + "/notes/" + note + "/highlights",
                Map.of("quote", "demos", "needId", need));
        assertThat(r.status()).isEqualTo(404);
    }
}
