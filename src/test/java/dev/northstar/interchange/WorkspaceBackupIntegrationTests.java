package dev.northstar.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.common.Paging;
import dev.northstar.discovery.Customer;
import dev.northstar.discovery.FeedbackInbox;
import dev.northstar.discovery.NewNote;
import dev.northstar.discovery.NoteFilter;
import dev.northstar.discovery.NoteSource;
import dev.northstar.discovery.NoteState;
import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.Cli;
import dev.northstar.support.IntegrationTest;
import dev.northstar.support.TestDataDir;
import dev.northstar.workspace.Access;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@IntegrationTest
class WorkspaceBackupIntegrationTests extends ApiTestSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Autowired
    FeedbackInbox inbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkspaceBackups backups;

    @Autowired
    BackupCatalog catalog;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    dev.northstar.discovery.SimilarNotes similarNotes;

    record Fixture(
            ApiClient owner,
            ApiClient editor,
            String workspaceId,
            String workspaceName,
            UUID productId,
            List<UUID> notes) {}

    /** A workspace with a product, members, an open invitation, notes with customers and tags, and rows of every column type. */
    Fixture workspace() {
        ApiClient owner = newUser("Olivia");
        ApiClient editor = newUser("Eddie");
        String name = "Backup " + UUID.randomUUID().toString().substring(0, 8);
        String ws = newWorkspace(owner, name);
        UUID product = UUID.fromString(newProduct(owner, ws, "Calendar"));
        addMember(owner, ws, editor, "EDITOR");
        ok(owner.post(
                "/api/v1/workspaces/" + ws + "/members",
                Map.of("email", "newcomer-" + UUID.randomUUID() + "@example.test", "role", "VIEWER")));
        List<UUID> notes = Access.asSystem(() -> List.of(
                inbox.add(
                                product,
                                new NewNote(
                                        "Exports to CSV time out for teams above 200 people",
                                        NoteSource.SUPPORT,
                                        new Customer(
                                                "Ana Ruiz",
                                                "Globex",
                                                "enterprise",
                                                "annual",
                                                new BigDecimal("12000.50")),
                                        LocalDate.of(2024, 5, 1),
                                        List.of("export", "performance"),
                                        NoteState.NEW))
                        .id(),
                inbox.add(
                                product,
                                new NewNote(
                                        "Would love a dark mode for late planning sessions",
                                        NoteSource.IN_APP,
                                        null,
                                        LocalDate.of(2024, 5, 2),
                                        List.of("ui"),
                                        NoteState.PROCESSED))
                        .id(),
                inbox.add(
                                product,
                                new NewNote(
                                        "Recurring meetings ignore the holiday calendar",
                                        NoteSource.SALES,
                                        new Customer("Ben Okafor", "Initech", null, "monthly", new BigDecimal("99")),
                                        LocalDate.of(2024, 4, 28),
                                        List.of("calendar"),
                                        NoteState.NEW))
                        .id()));
        // embeddings and themes are made by the application itself; the backup must carry them (binary and floating
        // point columns)
        assertThat(similarNotes.awaitEmbeddings(product, java.time.Duration.ofSeconds(120)))
                .as("embeddings computed")
                .isTrue();
        assertThat(jdbc.sql("select count(*) from note_embeddings where note_id = ?")
                        .param(notes.getFirst())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        // rows written directly, with exact values, so floating point, microsecond, boolean and null columns travel too
        // (the background theme computation waits for a quiet spell longer than this test)
        UUID theme = UUID.randomUUID();
        jdbc.sql(
                        "insert into themes (id, product_id, label, keywords, size, position, computed_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        theme,
                        product,
                        "Slow exports",
                        "export, slow",
                        1,
                        0,
                        dev.northstar.common.Rows.ts(Instant.parse("2024-05-03T08:15:30.123456Z")))
                .update();
        jdbc.sql("insert into theme_notes (theme_id, note_id, score) values (?, ?, ?)")
                .params(theme, notes.getFirst(), 0.7312345678901234)
                .update();
        UUID survey = UUID.randomUUID();
        jdbc.sql(
                        "insert into surveys (id, product_id, title, intro, status, public_token, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        survey,
                        product,
                        "Planning habits",
                        null,
                        "OPEN",
                        "srv_" + UUID.randomUUID(),
                        dev.northstar.common.Rows.ts(Instant.now()))
                .update();
        jdbc.sql(
                        "insert into survey_questions (id, survey_id, position, qkey, kind, prompt, options, required) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), survey, 0, "q1", "TEXT", "How do you plan a week?", null, true)
                .update();
        // a child feature whose id sorts before its parent's: the restore must not trip over the order
        UUID parent = UUID.fromString("ffffffff-" + UUID.randomUUID().toString().substring(9));
        UUID child = UUID.fromString("00000000-" + UUID.randomUUID().toString().substring(9));
        for (UUID[] f : new UUID[][] {{parent, null}, {child, parent}}) {
            jdbc.sql(
                            "insert into features (id, product_id, parent_id, title, status, effort, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            f[0],
                            product,
                            f[1],
                            f[1] == null ? "Time-zone support" : "Zone-aware invites",
                            "PLANNED",
                            new BigDecimal("2.50"),
                            dev.northstar.common.Rows.ts(Instant.parse("2024-05-04T10:00:00Z")),
                            dev.northstar.common.Rows.ts(Instant.parse("2024-05-04T10:00:00Z")))
                    .update();
        }
        return new Fixture(owner, editor, ws, name, product, notes);
    }

    /** Where a CLI import should restore to; the PostgreSQL variant answers a fresh database. */
    protected List<String> freshTarget() {
        return List.of("--data-dir", TestDataDir.fresh("restore").toString());
    }

    static String withoutExportedAt(String json) {
        return json.replaceFirst("\"exportedAt\": \"[^\"]*\"", "\"exportedAt\": \"-\"")
                .strip();
    }

    static Path write(String json) throws IOException {
        Path file = TestDataDir.fresh("backup").resolve("backup.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    static List<String> args(List<String> first, List<String> then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    @Test
    void restoresIntoAnEmptyDataDirectoryExactly() throws IOException {
        roundTrip(freshTarget());
    }

    /** Exports through the API, imports with the CLI into {@code target}, exports from there and compares. */
    void roundTrip(List<String> target) throws IOException {
        Fixture f = workspace();
        ApiClient.Response download = f.owner().get("/api/v1/workspaces/" + f.workspaceId() + "/export");
        assertThat(download.status()).as(download.body()).isEqualTo(200);
        JsonNode backup = download.json();
        assertThat(backup.get("format").asString()).isEqualTo("northstar-workspace");
        assertThat(backup.get("version").asInt()).isEqualTo(1);
        assertThat(backup.get("workspace").get("name").asString()).isEqualTo(f.workspaceName());
        JsonNode tables = backup.get("tables");
        assertThat(tables.get("users")).hasSize(2);
        assertThat(tables.get("users").get(0).get("password_hash").asString()).isNotBlank();
        assertThat(tables.get("notes")).hasSize(3);
        // tags and the first customer travel on the note row; note_customers holds only merged notes' further customers
        assertThat(tables.get("notes").findValuesAsString("tags"))
                .containsExactlyInAnyOrder("[\"export\",\"performance\"]", "[\"ui\"]", "[\"calendar\"]");
        assertThat(tables.get("notes").findValuesAsString("customer_name")).contains("Ana Ruiz", "Ben Okafor");
        assertThat(tables.get("note_customers")).isEmpty();
        assertThat(tables.has("note_tags")).isFalse();
        assertThat(tables.get("invitations")).hasSize(1);
        assertThat(download.body())
                .contains("\"customer_revenue\": 12000.50")
                .contains("\"score\": 0.7312345678901234")
                .contains("\"computed_at\": \"2024-05-03T08:15:30.123456Z\"")
                .contains("\"note_date\": \"2024-05-01\"")
                .contains("\"required\": true");
        assertThat(download.body()).doesNotContain("api_tokens");

        Cli restored = Cli.run(args(List.of("import", write(download.body()).toString()), target)
                .toArray(String[]::new));
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out())
                .contains("restored workspace " + f.workspaceName())
                .contains("notes 3");

        Path again = TestDataDir.fresh("again").resolve("again.json");
        Cli exported =
                Cli.run(args(List.of("export", "--workspace", f.workspaceName(), "--out", again.toString()), target)
                        .toArray(String[]::new));
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(withoutExportedAt(Files.readString(again))).isEqualTo(withoutExportedAt(download.body()));

        // the restored accounts are there to sign in with: the CLI issues a token for the owner on the restored
        // instance
        Cli token = Cli.run(args(List.of("token", "create", "--email", email(f.owner())), target)
                .toArray(String[]::new));
        assertThat(token.exitCode()).as(token.err()).isZero();
        assertThat(token.out().strip()).startsWith("nst_");
    }

    /**
     * A module that adds a table hanging off a workspace (through products, notes, ...) must declare it
     * in its BackupTables bean, or backups would silently lose that data.
     */
    @Test
    void everyTableThatHangsOffAWorkspaceIsInTheBackup() throws java.sql.SQLException {
        Map<String, java.util.Set<String>> children = new HashMap<>();
        try (var c = dataSource.getConnection();
                var tables = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
            for (String table : names) {
                try (var fks = c.getMetaData().getImportedKeys(null, c.getSchema(), table)) {
                    while (fks.next()) {
                        children.computeIfAbsent(
                                        fks.getString("PKTABLE_NAME").toLowerCase(java.util.Locale.ROOT),
                                        k -> new java.util.TreeSet<>())
                                .add(table);
                    }
                }
            }
        }
        java.util.Set<String> reached = new java.util.TreeSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of("workspaces"));
        while (!todo.isEmpty()) {
            String t = todo.pop();
            if (reached.add(t)) {
                todo.addAll(children.getOrDefault(t, java.util.Set.of()));
            }
        }
        assertThat(reached).contains("products", "note_customers", "theme_notes", "assumption_tests");
        List<String> declared =
                catalog.tables().stream().map(BackupCatalog.Table::name).toList();
        assertThat(declared)
                .as("tables that reference a workspace directly or through other tables")
                .containsAll(reached);
        assertThat(declared.indexOf("users")).isLessThan(declared.indexOf("memberships"));
        assertThat(declared.indexOf("notes")).isLessThan(declared.indexOf("note_customers"));
    }

    @Test
    void twoExportsOfTheSameDataDifferOnlyInExportedAt() {
        Fixture f = workspace();
        String first = Access.asSystem(() -> backups.export(UUID.fromString(f.workspaceId())));
        String second = f.owner()
                .get("/api/v1/workspaces/" + f.workspaceId() + "/export")
                .body();
        assertThat(withoutExportedAt(second)).isEqualTo(withoutExportedAt(first));
        assertThat(first).contains("\"exportedAt\": \"");
    }

    @Test
    void onlyOwnersDownloadBackupsAndStrangersSeeNothing() {
        Fixture f = workspace();
        ApiClient stranger = newUser("Mallory");
        assertThat(f.editor()
                        .get("/api/v1/workspaces/" + f.workspaceId() + "/export")
                        .status())
                .isEqualTo(403);
        assertThat(stranger.get("/api/v1/workspaces/" + f.workspaceId() + "/export")
                        .status())
                .isEqualTo(404);
        assertThat(ApiClient.anonymous(port)
                        .get("/api/v1/workspaces/" + f.workspaceId() + "/export")
                        .status())
                .isEqualTo(401);
        assertThat(ApiClient.anonymous(port)
                        .post("/api/v1/workspaces/import", "{}")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void documentsTheBackupApi() {
        ApiClient.Response docs = ApiClient.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body())
                .contains("/api/v1/workspaces/{workspaceId}/export")
                .contains("/api/v1/workspaces/import")
                .contains("Backups");
    }

    @Test
    void refusesToRestoreAWorkspaceThatAlreadyExists() {
        Fixture f = workspace();
        String backup = f.owner()
                .get("/api/v1/workspaces/" + f.workspaceId() + "/export")
                .body();
        ApiClient.Response r = f.owner().post("/api/v1/workspaces/import", backup);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("detail").asString()).contains("already exists").contains(f.workspaceId());
    }

    @Test
    void rejectsFilesThatAreNotBackupsWithReadableProblems() {
        ApiClient alice = newUser("Alice");
        ApiClient.Response broken = alice.post(
                "/api/v1/workspaces/import",
                "{\"format\": \"northstar-workspace\", \"version\": 1, \"workspace\": {\"id\": \"" + UUID.randomUUID()
                        + "\"}, \"tables\": {\"users\": [");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("detail").asString()).contains("not valid JSON");
        ApiClient.Response foreign = alice.post(
                "/api/v1/workspaces/import", "{\"format\": \"trello-board\", \"version\": 1, \"tables\": {}}");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().get("errors").get(0).get("field").asString()).isEqualTo("format");
        ApiClient.Response newer = alice.post(
                "/api/v1/workspaces/import",
                "{\"format\": \"northstar-workspace\", \"version\": 7, \"workspace\": {\"id\": \"" + UUID.randomUUID()
                        + "\"}, \"tables\": {}}");
        assertThat(newer.status()).isEqualTo(400);
        assertThat(newer.json().get("detail").asString()).contains("version 7");
    }

    @Test
    void restoresACopyThroughTheApiReusingAccountsByEmailAndIndexingItsNotes() {
        Fixture f = workspace();
        String copy = freshIds(f.owner()
                .get("/api/v1/workspaces/" + f.workspaceId() + "/export")
                .body());
        ApiClient.Response r = f.owner().post("/api/v1/workspaces/import", copy);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode restored = r.json();
        String copyId = restored.get("workspaceId").asString();
        assertThat(copyId).isNotEqualTo(f.workspaceId());
        assertThat(restored.get("rows").get("notes").asInt()).isEqualTo(3);
        assertThat(restored.get("reusedRows").asInt()).isEqualTo(2);

        // both members were matched to their existing accounts by email: the owner sees the copy with their own token
        JsonNode members = ok(f.owner().get("/api/v1/workspaces/" + copyId + "/members"));
        assertThat(members.get("total").asInt()).isEqualTo(2);
        JsonNode products = ok(f.owner().get("/api/v1/workspaces/" + copyId + "/products"));
        UUID copiedProduct =
                UUID.fromString(products.get("items").get(0).get("id").asString());
        assertThat(ok(f.editor().get("/api/v1/products/" + copiedProduct))
                        .get("name")
                        .asString())
                .isEqualTo("Calendar");

        // the restored notes are searchable at once
        var hits = Access.asSystem(
                () -> inbox.list(copiedProduct, new NoteFilter("holiday", null, null, null), Paging.of(null, null)));
        assertThat(hits.total()).isEqualTo(1);
    }

    @Test
    void aFailingRestoreChangesNothing() {
        Fixture f = workspace();
        String copy = freshIds(f.owner()
                .get("/api/v1/workspaces/" + f.workspaceId() + "/export")
                .body());
        ObjectNode tree = (ObjectNode) JSON.readTree(copy);
        String copyId = tree.get("workspace").get("id").asString();
        ((ObjectNode) tree.get("tables").get("notes").get(1)).put("note_date", "yesterday");
        long usersBefore =
                jdbc.sql("select count(*) from users").query(Long.class).single();

        ApiClient.Response r = f.owner().post("/api/v1/workspaces/import", JSON.writeValueAsString(tree));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asString())
                .isEqualTo("tables.notes[1].note_date: expected a date like 2024-05-01, got \"yesterday\"");
        assertThat(f.owner().get("/api/v1/workspaces/" + copyId).status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from workspaces where id = ?")
                        .param(UUID.fromString(copyId))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from users").query(Long.class).single())
                .isEqualTo(usersBefore);
    }

    @Test
    void refusesRowsThatBelongToAnotherWorkspace() {
        Fixture f = workspace();
        ApiClient mallory = newUser("Mallory");
        String malloryId = Access.asSystem(
                () -> accounts.byEmail(email(mallory)).orElseThrow().userId().toString());
        ObjectNode tree = (ObjectNode) JSON.readTree(freshIds(f.owner()
                .get("/api/v1/workspaces/" + f.workspaceId() + "/export")
                .body()));
        ObjectNode sneaky = JSON.createObjectNode();
        sneaky.put("workspace_id", f.workspaceId());
        sneaky.put("user_id", malloryId);
        sneaky.put("role", "OWNER");
        sneaky.put("created_at", "2024-05-01T00:00:00Z");
        ((tools.jackson.databind.node.ArrayNode) tree.get("tables").get("memberships")).add(sneaky);

        ApiClient.Response r = mallory.post("/api/v1/workspaces/import", JSON.writeValueAsString(tree));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asString()).contains("memberships").contains("one workspace only");
        assertThat(mallory.get("/api/v1/workspaces/" + f.workspaceId()).status())
                .isEqualTo(404);
    }

    /** The same backup with every id and secret replaced, as if it came from another instance. */
    static String freshIds(String backup) {
        Map<String, String> ids = new HashMap<>();
        Matcher m = UUID_TEXT.matcher(backup);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out, ids.computeIfAbsent(m.group(), k -> UUID.randomUUID().toString()));
        }
        m.appendTail(out);
        // unique secrets must differ too
        return out.toString()
                .replaceAll("\"capture_key\": \"([^\"]*)\"", "\"capture_key\": \"$1x\"")
                .replaceAll("\"token_hash\": \"[0-9a-f]{64}\"", "\"token_hash\": \"" + "0".repeat(63) + "1\"");
    }

    /**
     * A backup made before V2_17 holds a table note_tags and each note's first customer in
     * note_customers at position 0; it restores with tags and customers where they are now.
     */
    @Test
    void restoresABackupMadeBeforeTagsMovedOntoTheNote() throws IOException {
        String email = "olivia-" + System.nanoTime() + "@example.test";
        String old = backupBeforeV2_17(email);
        JsonNode file = JSON.readTree(old);
        String workspace = file.get("workspace").get("id").asString();
        String product = file.get("tables").get("products").get(0).get("id").asString();
        JsonNode fileNotes = file.get("tables").get("notes");
        assertThat(file.get("tables").get("note_tags")).hasSize(4);

        ApiClient.Response r = newUser("Restorer").post("/api/v1/workspaces/import", old);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("rows").get("note_tags").asInt()).isEqualTo(4);
        assertThat(r.json().get("rows").get("note_customers").asInt()).isEqualTo(3);

        // the restored owner signs in with the password of the old instance and finds the notes as they were
        ApiClient.Response token = ApiClient.anonymous(port)
                .basic(email, "legacy-backup-pw-1")
                .post("/api/v1/tokens", Map.of("name", "after restore"));
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        ApiClient owner =
                ApiClient.anonymous(port).bearer(token.json().get("token").asString());
        JsonNode merged = ok(owner.get("/api/v1/products/" + product + "/notes/" + id(fileNotes, "Exports to CSV")));
        assertThat(merged.get("tags").toString())
                .isEqualTo("[\"export\",\"performance\",\"say \\\"hi\\\"\\\\\\\\there\"]");
        JsonNode customers = merged.get("customers");
        assertThat(customers).hasSize(2);
        assertThat(customers.get(0).get("name").asString()).isEqualTo("Ana Ruiz");
        assertThat(customers.get(0).get("segment").asString()).isEqualTo("enterprise");
        assertThat(customers.get(0).get("revenue").asDouble()).isEqualTo(12000.5);
        assertThat(customers.get(1).get("name").asString()).isEqualTo("Ben Okafor");
        assertThat(customers.get(1).get("plan").asString()).isEqualTo("monthly");
        JsonNode dark =
                ok(owner.get("/api/v1/products/" + product + "/notes/" + id(fileNotes, "Would love a dark mode")));
        assertThat(dark.get("tags").toString()).isEqualTo("[\"ui\"]");
        assertThat(dark.get("customers")).isEmpty();
        JsonNode holiday =
                ok(owner.get("/api/v1/products/" + product + "/notes/" + id(fileNotes, "Recurring meetings")));
        assertThat(holiday.get("tags")).isEmpty();
        assertThat(holiday.get("customers").get(0).get("name").asString()).isEqualTo("Chen Wu");

        // the tag filter, the tag list and the highlight's customer work on the restored notes
        JsonNode tagged = ok(owner.get("/api/v1/products/" + product + "/notes?tag=export"));
        assertThat(tagged.get("total").asInt()).isEqualTo(1);
        UUID productId = UUID.fromString(product);
        assertThat(Access.asSystem(() -> inbox.tags(productId))).contains("export", "performance", "ui");
        JsonNode highlights = ok(owner.get(
                "/api/v1/products/" + product + "/notes/" + merged.get("id").asString() + "/highlights"));
        assertThat(highlights.toString()).contains("\"customer\":\"Ana Ruiz, Globex\"");

        // a backup made now has the new layout only
        JsonNode again =
                ok(owner.get("/api/v1/workspaces/" + workspace + "/export")).get("tables");
        assertThat(again.has("note_tags")).isFalse();
        assertThat(again.get("note_customers")).hasSize(1);
        assertThat(again.get("note_customers").get(0).get("position").asInt()).isEqualTo(1);
        assertThat(again.get("notes").findValuesAsString("customer_name")).contains("Ana Ruiz", "Chen Wu");
    }

    @Test
    void refusesOldTagRowsForNotesOutsideTheBackup() throws IOException {
        String old = backupBeforeV2_17("olivia-" + System.nanoTime() + "@example.test");
        ObjectNode tree = (ObjectNode) JSON.readTree(old);
        // a note of another workspace (the fixture's, made here) must not gain tags from this file
        Fixture other = workspace();
        ((ObjectNode) tree.get("tables").get("note_tags").get(3))
                .put("note_id", other.notes().getFirst().toString());
        String workspace = tree.get("workspace").get("id").asString();

        ApiClient.Response r = newUser("Restorer").post("/api/v1/workspaces/import", JSON.writeValueAsString(tree));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("detail").asString())
                .startsWith("tables.note_tags[3].note_id: note " + other.notes().getFirst());
        assertThat(jdbc.sql("select count(*) from workspaces where id = ?")
                        .param(UUID.fromString(workspace))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select tags from notes where id = ?")
                        .param(other.notes().getFirst())
                        .query(String.class)
                        .single())
                .isEqualTo("[\"export\",\"performance\"]");
    }

    /**
     * A backup made by Northstar before V2_17 (a merged note with two customers, tags with quotes and
     * backslashes, a highlight), with fresh ids, its owner's email and a unique capture key.
     */
    String backupBeforeV2_17(String ownerEmail) throws IOException {
        try (var in = getClass().getResourceAsStream("/interchange/backup-before-v2_17.json")) {
            return freshIds(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .replace("olivia@example.test", ownerEmail)
                    .replaceAll("\"capture_key\": \"[^\"]*\"", "\"capture_key\": \"legacy-" + System.nanoTime() + "\"");
        }
    }

    /** The id of the note whose text starts with {@code start} among a backup's note rows. */
    static String id(JsonNode notes, String start) {
        for (JsonNode n : notes) {
            if (n.get("text").asString().startsWith(start)) {
                return n.get("id").asString();
            }
        }
        throw new AssertionError("no note starting with " + start);
    }
}
