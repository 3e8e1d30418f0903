package dev.northstar.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class SimilarNotesIntegrationTests extends MeaningTestSupport {

    static final String OUTLOOK = "Events from Outlook take ages to show up";
    static final String PARAPHRASE = "There is a long delay before my Microsoft calendar meetings appear";
    static final String SAME_WORDS = "Our events team takes ages to show up at trade fairs";
    static final String UNRELATED = "The invoice PDF shows the wrong VAT number";

    @Autowired
    JdbcClient jdbc;

    static List<String> ids(JsonNode similar) {
        List<String> out = new ArrayList<>();
        similar.get("items").forEach(i -> out.add(i.get("note").get("id").asString()));
        return out;
    }

    @Test
    void ranksAParaphraseAboveNotesThatOnlyShareWordsOrNothing() {
        ApiClient alice = newUser("Alice");
        String ws = newWorkspace(alice, "Acme");
        String product = newProduct(alice, ws, "Calendar");
        String elsewhere = newProduct(alice, ws, "Scheduler");
        UUID outlook = note(product, OUTLOOK);
        UUID paraphrase = note(product, PARAPHRASE);
        UUID sameWords = note(product, SAME_WORDS);
        UUID unrelated = note(product, UNRELATED);
        note(product, "Please add a dark mode to the mobile app");
        UUID copyInOtherProduct = note(elsewhere, OUTLOOK);
        awaitEmbeddings();
        JsonNode status = ok(alice.get("/api/v1/products/" + product + "/notes/embeddings"));
        assertThat(status.get("embedded").asInt()).isEqualTo(5);
        assertThat(status.get("pending").asInt()).isZero();

        JsonNode similar = ok(alice.get("/api/v1/products/" + product + "/notes/" + outlook + "/similar?limit=10"));
        assertThat(similar.get("method").asString()).isEqualTo("meaning");
        List<String> ids = ids(similar);
        assertThat(ids).first().isEqualTo(paraphrase.toString());
        assertThat(ids).doesNotContain(outlook.toString(), unrelated.toString(), copyInOtherProduct.toString());
        if (ids.contains(sameWords.toString())) {
            assertThat(ids.indexOf(sameWords.toString())).isGreaterThan(ids.indexOf(paraphrase.toString()));
        }
        JsonNode first = similar.get("items").get(0);
        assertThat(first.get("note").get("text").asString()).isEqualTo(PARAPHRASE);
        double previous = 1;
        for (JsonNode item : similar.get("items")) {
            assertThat(item.get("score").asDouble()).isBetween(SimilarNotes.MIN_SIMILARITY, previous);
            previous = item.get("score").asDouble();
        }
    }

    @Test
    void findsNotesSharingWordsWhileANoteHasNoEmbeddingYet() {
        ApiClient alice = newUser("Alice");
        String product = newProduct(alice, newWorkspace(alice, "Acme"), "Calendar");
        UUID outlook = note(product, OUTLOOK);
        UUID sameWords = note(product, SAME_WORDS);
        note(product, UNRELATED);
        awaitEmbeddings();
        jdbc.sql("delete from note_embeddings where note_id = ?").param(outlook).update();

        JsonNode similar = ok(alice.get("/api/v1/products/" + product + "/notes/" + outlook + "/similar"));
        assertThat(similar.get("method").asString()).isEqualTo("words");
        assertThat(ids(similar)).containsExactly(sameWords.toString());
    }

    @Test
    void mergeKeepsBothCustomersTagsHighlightsAndTextAndDeletesTheDuplicate() {
        ApiClient alice = newUser("Alice");
        String product = newProduct(alice, newWorkspace(alice, "Acme"), "Calendar");
        UUID kept = note(product, OUTLOOK, "Ann Lee", "Acme", List.of("sync"));
        UUID duplicate = note(product, PARAPHRASE, "Bob Marsh", "Globex", List.of("outlook", "sync"));
        jdbc.sql("""
                insert into highlights (id, product_id, note_id, start_offset, end_offset, quote, importance, created_at)
                values (?, ?, ?, 16, 21, 'delay', 'IMPORTANT', current_timestamp)""")
                .params(UUID.randomUUID(), UUID.fromString(product), duplicate)
                .update();

        JsonNode merged = ok(alice.post(
                "/api/v1/products/" + product + "/notes/" + kept + "/merge",
                Map.of("duplicateId", duplicate.toString())));

        String text = merged.get("text").asString();
        assertThat(text).isEqualTo(OUTLOOK + SimilarNotes.SEPARATOR + PARAPHRASE);
        List<String> customers = new ArrayList<>();
        merged.get("customers")
                .forEach(c -> customers.add(
                        c.get("name").asString() + ", " + c.get("company").asString()));
        assertThat(customers).containsExactly("Ann Lee, Acme", "Bob Marsh, Globex");
        List<String> tags = new ArrayList<>();
        merged.get("tags").forEach(t -> tags.add(t.asString()));
        assertThat(tags).containsExactlyInAnyOrder("sync", "outlook");
        var highlight = jdbc.sql("select note_id, start_offset, end_offset from highlights where product_id = ?")
                .param(UUID.fromString(product))
                .query((rs, n) -> Map.of(
                        "note",
                        rs.getObject("note_id", UUID.class),
                        "start",
                        rs.getInt("start_offset"),
                        "end",
                        rs.getInt("end_offset")))
                .single();
        assertThat(highlight.get("note")).isEqualTo(kept);
        assertThat(text.substring((Integer) highlight.get("start"), (Integer) highlight.get("end")))
                .isEqualTo("delay");

        assertThat(alice.get("/api/v1/products/" + product + "/notes/" + duplicate + "/similar")
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from notes where id = ?")
                        .param(duplicate)
                        .query(Long.class)
                        .single())
                .isZero();
        awaitEmbeddings();
        assertThat(ok(alice.get("/api/v1/products/" + product + "/notes/" + kept + "/similar"))
                        .get("items")
                        .size())
                .isZero();
    }

    @Test
    void refusesToMergeANoteIntoItselfOrAcrossProducts() {
        ApiClient alice = newUser("Alice");
        String ws = newWorkspace(alice, "Acme");
        String product = newProduct(alice, ws, "Calendar");
        String other = newProduct(alice, ws, "Scheduler");
        UUID kept = note(product, OUTLOOK);
        UUID foreign = note(other, PARAPHRASE);
        String merge = "/api/v1/products/" + product + "/notes/" + kept + "/merge";

        ApiClient.Response self = alice.post(merge, Map.of("duplicateId", kept.toString()));
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.json().get("errors").get(0).get("field").asString()).isEqualTo("duplicateId");
        assertThat(self.json().get("errors").get(0).get("message").asString()).contains("itself");
        assertThat(alice.post(merge, Map.of("duplicateId", foreign.toString())).status())
                .isEqualTo(404);
        assertThat(alice.post(merge, Map.of("duplicateId", "not-an-id")).status())
                .isEqualTo(400);
        assertThat(alice.post(merge, Map.of()).status()).isEqualTo(400);
        assertThat(ok(alice.get("/api/v1/products/" + other + "/notes/" + foreign + "/similar")))
                .isNotNull();
        assertThat(alice.get("/api/v1/products/" + product + "/notes/" + kept + "/similar?limit=0")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void strangersSeeNothingAndViewersCannotMerge() {
        ApiClient owner = newUser("Olivia");
        ApiClient viewer = newUser("Victor");
        ApiClient stranger = newUser("Mallory");
        String ws = newWorkspace(owner, "Acme");
        String product = newProduct(owner, ws, "Calendar");
        addMember(owner, ws, viewer, "VIEWER");
        UUID kept = note(product, OUTLOOK);
        UUID duplicate = note(product, PARAPHRASE);
        String base = "/api/v1/products/" + product + "/notes/" + kept;

        assertThat(stranger.get(base + "/similar").status()).isEqualTo(404);
        assertThat(stranger.post(base + "/merge", Map.of("duplicateId", duplicate.toString()))
                        .status())
                .isEqualTo(404);
        assertThat(viewer.get(base + "/similar").status()).isEqualTo(200);
        assertThat(viewer.post(base + "/merge", Map.of("duplicateId", duplicate.toString()))
                        .status())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from notes where id = ?")
                        .param(duplicate)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void notePanelListsDuplicatesWithTheirScoreAndAMergeButtonForEditorsOnly() {
        ApiClient owner = newUser("Olivia");
        ApiClient viewer = newUser("Victor");
        String ws = newWorkspace(owner, "Acme");
        String product = newProduct(owner, ws, "Calendar");
        addMember(owner, ws, viewer, "VIEWER");
        UUID kept = note(product, OUTLOOK);
        note(product, PARAPHRASE);
        awaitEmbeddings();
        String path = "/products/" + product + "/notes/" + kept + "/similar";

        Page panel = page(owner, path, true);
        assertThat(panel.status()).isEqualTo(200);
        assertThat(panel.body())
                .doesNotContain("<html")
                .contains("% alike")
                .contains("Merge into this note")
                .contains("long delay before my Microsoft calendar");
        assertThat(page(viewer, path, true).body()).contains("% alike").doesNotContain("Merge into this note");
        Page full = page(owner, path, false);
        assertThat(full.body())
                .contains("<html")
                .contains("Notes like this one")
                .contains("Merge into this note");
        assertThat(page(newUser("Mallory"), path, true).status()).isEqualTo(404);
    }
}
