package dev.northstar.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.IntegrationTest;
import dev.northstar.workspace.Access;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class NoteImportIntegrationTests extends ApiTestSupport {

    @Autowired
    FeedbackInbox inbox;

    @Autowired
    javax.sql.DataSource dataSource;

    private ApiClient owner;
    private String workspace;

    private String product() {
        owner = newUser("Olivia");
        workspace = newWorkspace(owner, "Acme");
        return newProduct(owner, workspace, "Calendar");
    }

    private static String path(String product) {
        return "/api/v1/products/" + product + "/notes/import";
    }

    private List<NoteView> notes(String product) {
        return Access.asSystem(() -> inbox.list(
                                UUID.fromString(product), NoteFilter.ALL, new dev.northstar.common.Paging(0, 200))
                        .items())
                .stream()
                .sorted(Comparator.comparing(NoteView::text))
                .toList();
    }

    private long count(String product) {
        return Access.asSystem(() -> inbox.countByState(UUID.fromString(product))).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    @Test
    void importsGenericCsvWithAliasesAndSplitsTagsOnCommaAndSemicolon() {
        String product = product();
        String csv = """
                 Body ,SOURCE,Customer,Company,segment,Plan,Revenue,Date,Tags,state
                "Exports take ages, please fix",Intercom,Ada Lovelace,Acme,Enterprise,Pro,"1,200.50",2026-05-01,"export; performance, Reports",new
                Love the calendar sync,survey,,,,,,05/02/2026,,processed
                """;
        JsonNode body = ok(owner.postRaw(path(product), "text/csv", csv));
        assertThat(body.get("imported").asInt()).isEqualTo(2);

        List<NoteView> notes = notes(product);
        assertThat(notes)
                .extracting(NoteView::text)
                .containsExactly("Exports take ages, please fix", "Love the calendar sync");
        NoteView first = notes.getFirst();
        assertThat(first.source()).isEqualTo(NoteSource.SUPPORT);
        assertThat(first.customer().name()).isEqualTo("Ada Lovelace");
        assertThat(first.customer().company()).isEqualTo("Acme");
        assertThat(first.customer().segment()).isEqualTo("Enterprise");
        assertThat(first.customer().plan()).isEqualTo("Pro");
        assertThat(first.customer().revenue()).isEqualByComparingTo(new BigDecimal("1200.50"));
        assertThat(first.date()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(first.tags()).containsExactlyInAnyOrder("export", "performance", "reports");
        assertThat(notes.get(1).state()).isEqualTo(NoteState.PROCESSED);
        assertThat(notes.get(1).source()).isEqualTo(NoteSource.SURVEY);
        assertThat(notes.get(1).date()).isEqualTo(LocalDate.of(2026, 5, 2));
        assertThat(notes.get(1).customers()).isEmpty();
    }

    @Test
    void mapsProductboardNotesExport() {
        String product = product();
        String csv = """
                Note ID,Note title,Note text,Note URL,Customer name,Customer email,Company name,Company domain,Tags,Created at,Source,Owner
                8f1c,Bulk edit,"We need to change 200 events at once.
                Today it is one by one.",https://x.productboard.com/n/1,,dana@globex.test,Globex,globex.test,"bulk-edit, power users",2026-03-14T09:30:00Z,Email,pm@acme.test
                9a2d,Dark mode,Dark mode please,https://x.productboard.com/n/2,Eve,eve@initech.test,Initech,,,2026-03-15T10:00:00.000Z,Portal,
                """;
        assertThat(ok(owner.postRaw(path(product), "text/csv", csv))
                        .get("imported")
                        .asInt())
                .isEqualTo(2);
        List<NoteView> notes = notes(product);
        NoteView bulk = notes.getFirst();
        assertThat(bulk.text())
                .isEqualTo("Bulk edit\n\nWe need to change 200 events at once.\nToday it is one by one.");
        assertThat(bulk.customer().name())
                .as("the email stands in for a missing name")
                .isEqualTo("dana@globex.test");
        assertThat(bulk.customer().company()).isEqualTo("Globex");
        assertThat(bulk.tags()).containsExactlyInAnyOrder("bulk-edit", "power users");
        assertThat(bulk.date()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(bulk.source()).isEqualTo(NoteSource.SUPPORT);
        NoteView dark = notes.get(1);
        assertThat(dark.text())
                .as("a text that starts with the title is not repeated")
                .isEqualTo("Dark mode please");
        assertThat(dark.customer().name()).isEqualTo("Eve");
        assertThat(dark.source()).isEqualTo(NoteSource.IN_APP);
    }

    @Test
    void mapsJiraIssueExportWithRepeatedLabels() {
        String product = product();
        String csv = """
                Summary,Issue key,Issue id,Issue Type,Status,Priority,Reporter,Created,Updated,Labels,Labels,Labels,Description
                Calendar invites arrive late,CAL-12,10012,Bug,To Do,High,Frank Customer,14/Jul/25 3:42 PM,15/Jul/25 9:00 AM,invites,email,,"h2. Steps
                Invite someone; it lands an hour later"
                Week view,CAL-13,10013,Story,Done,Medium,Grace,02/Aug/25 10:05 AM,,,,,
                """;
        assertThat(ok(owner.postRaw(path(product), "text/csv", csv))
                        .get("imported")
                        .asInt())
                .isEqualTo(2);
        List<NoteView> notes = notes(product);
        NoteView late = notes.getFirst();
        assertThat(late.text())
                .isEqualTo("Calendar invites arrive late\n\nh2. Steps\nInvite someone; it lands an hour later");
        assertThat(late.customer().name()).isEqualTo("Frank Customer");
        assertThat(late.date()).isEqualTo(LocalDate.of(2025, 7, 14));
        assertThat(late.tags()).containsExactlyInAnyOrder("invites", "email");
        assertThat(late.state())
                .as("Jira's status is not imported as a note state")
                .isEqualTo(NoteState.NEW);
        assertThat(notes.get(1).text()).isEqualTo("Week view");
        assertThat(notes.get(1).date()).isEqualTo(LocalDate.of(2025, 8, 2));
    }

    @Test
    void mapsAnyColumnThroughTheMappingParameter() {
        String product = product();
        String csv = "Remark,When,Who,Topic\nNeeds an API,2026-01-02,Heidi,integrations\n";
        String mapping = URLEncoder.encode(
                "{\"text\":\"remark\",\"date\":\"When\",\"customer\":\"Who\",\"tags\":[\"Topic\"]}",
                StandardCharsets.UTF_8);
        assertThat(ok(owner.postRaw(path(product) + "?mapping=" + mapping, "text/csv", csv))
                        .get("imported")
                        .asInt())
                .isEqualTo(1);
        NoteView n = notes(product).getFirst();
        assertThat(n.text()).isEqualTo("Needs an API");
        assertThat(n.customer().name()).isEqualTo("Heidi");
        assertThat(n.tags()).containsExactly("integrations");

        ApiClient.Response missing = owner.postRaw(
                path(product) + "?mapping=" + URLEncoder.encode("{\"text\":\"Comment\"}", StandardCharsets.UTF_8),
                "text/csv",
                csv);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("mapping.text");
        assertThat(owner.postRaw(path(product) + "?mapping=notjson", "text/csv", csv)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void rejectsWholeFileNamingLineAndColumnAndImportsNothing() {
        String product = product();
        ok(owner.postRaw(path(product), "text/csv", "text\nalready here\n"));
        String csv = """
                text,date,source
                fine,2026-05-01,support
                "spans
                two lines",2026-05-02,
                ,2026-05-03,
                bad date,31/31/2026,
                bad source,,carrier pigeon
                """;
        ApiClient.Response r = owner.postRaw(path(product), "text/csv", csv);
        assertThat(r.status()).isEqualTo(400);
        Map<String, String> errors = errors(r);
        assertThat(errors).containsOnlyKeys("line 5, column text", "line 6, column date", "line 7, column source");
        assertThat(errors.get("line 6, column date")).startsWith("unparseable date '31/31/2026'");
        assertThat(errors.get("line 7, column source")).contains("unknown source 'carrier pigeon'");
        assertThat(count(product)).isEqualTo(1);
    }

    @Test
    void rejectsUnclosedQuoteNamingLineAndColumn() {
        String product = product();
        ApiClient.Response r =
                owner.postRaw(path(product), "text/csv", "text,customer\nfine,Ada\n\"never closed,Bob\nmore,Cy\n");
        assertThat(r.status()).isEqualTo(400);
        assertThat(errors(r)).containsOnlyKeys("line 3, column text");
        assertThat(count(product)).isZero();
    }

    @Test
    void rejectsFileWithoutTextColumnListingAcceptedColumns() {
        String product = product();
        ApiClient.Response r = owner.postRaw(path(product), "text/csv", "customer,date\nAda,2026-05-01\n");
        assertThat(r.status()).isEqualTo(400);
        JsonNode e = r.json().get("errors").get(0);
        assertThat(e.get("field").asString()).isEqualTo("columns");
        assertThat(e.get("message").asString()).contains("text, note, content, description, body");
        assertThat(owner.postRaw(path(product), "text/csv", "").status()).isEqualTo(400);
        assertThat(owner.postRaw(path(product), "application/json", "{}").status())
                .isEqualTo(415);
    }

    @Test
    void onlyEditorsAndUpImport() {
        String product = product();
        ApiClient viewer = newUser("Victor");
        ApiClient contributor = newUser("Connie");
        ApiClient editor = newUser("Eddie");
        ApiClient stranger = newUser("Mallory");
        addMember(owner, workspace, viewer, "VIEWER");
        addMember(owner, workspace, contributor, "CONTRIBUTOR");
        addMember(owner, workspace, editor, "EDITOR");
        String csv = "text\nfrom a file\n";
        assertThat(viewer.postRaw(path(product), "text/csv", csv).status()).isEqualTo(403);
        assertThat(contributor.postRaw(path(product), "text/csv", csv).status()).isEqualTo(403);
        assertThat(stranger.postRaw(path(product), "text/csv", csv).status()).isEqualTo(404);
        assertThat(count(product)).isZero();
        assertThat(editor.postRaw(path(product), "text/csv", csv).status()).isEqualTo(201);
    }

    /** Rows are saved while the file is still being read: a bad row after several saved chunks still keeps nothing. */
    @Test
    void rejectsBadRowAfterManyGoodOnesAndKeepsNothingSearchable() {
        String product = product();
        int rows = 3 * NoteImports.CHUNK + 10;
        StringBuilder csv = new StringBuilder().append("text,date,tags\n");
        for (int i = 0; i < rows; i++) {
            csv.append("zeppelinfeedback number ").append(i).append(",2026-05-01,airship\n");
        }
        csv.append("the last one,not a date,\n");
        ApiClient.Response r = owner.postRaw(path(product), "text/csv", csv.toString());
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(errors(r)).containsOnlyKeys("line " + (rows + 2) + ", column date");
        assertThat(count(product)).isZero();
        assertThat(search(product, "zeppelinfeedback")).isEmpty();
        assertThat(Access.asSystem(() -> inbox.tags(UUID.fromString(product)))).isEmpty();
    }

    private List<NoteView> search(String product, String q) {
        return Access.asSystem(() -> inbox.list(
                        UUID.fromString(product),
                        new NoteFilter(q, null, null, null),
                        new dev.northstar.common.Paging(0, 20))
                .items());
    }

    /** A body of 10 MB (well past servlet form limits) in one request; bench/run.sh imports 100 000 rows the same way. */
    @Test
    void importsLargeFileInOneRequest() {
        String product = product();
        int rows = 25_000;
        String filler = "the week view hides events that start before eight, so mornings look empty. ".repeat(5);
        StringBuilder csv = new StringBuilder(11_000_000).append("text,customer,date,tags\n");
        for (int i = 0; i < rows; i++) {
            csv.append("\"Feedback ")
                    .append(i)
                    .append(": ")
                    .append(filler)
                    .append("\",Customer ")
                    .append(i % 977)
                    .append(",2026-0")
                    .append(1 + i % 9)
                    .append("-1")
                    .append(i % 10)
                    .append(",\"week-view; t")
                    .append(i % 50)
                    .append("\"\n");
        }
        assertThat(csv.length()).isGreaterThan(10_000_000);
        ApiClient.Response r = owner.postRaw(path(product), "text/csv", csv.toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("imported").asInt()).isEqualTo(rows);
        assertThat(count(product)).isEqualTo(rows);
        // searchable as soon as the import answers, by text and by tag
        assertThat(search(product, "24999"))
                .first()
                .satisfies(n -> assertThat(n.text()).startsWith("Feedback 24999: "));
        assertThat(Access.asSystem(() -> inbox.list(
                                UUID.fromString(product),
                                new NoteFilter(null, null, null, "t49"),
                                new dev.northstar.common.Paging(0, 1)))
                        .total())
                .isEqualTo(rows / 50);
    }

    // ------------------------------------------------------------ the pages: upload, mapping, background import

    @Test
    void pagesUploadMapAndImportInTheBackground() throws Exception {
        String product = product();
        Pages pages = new Pages(port, email(owner));
        String upload = pages.get("/products/" + product + "/notes/import").body();
        assertThat(upload).contains("Upload and preview");

        String csv =
                "Summary,Reporter,Created,Labels,Labels\nSlow search,Ada,14/Jul/25 3:42 PM,search,perf\nOffline mode,Bob,2026-05-01,,\n";
        HttpResponse<String> staged =
                pages.multipart("/products/" + product + "/notes/import", pages.csrf(upload), "jira.csv", csv);
        assertThat(staged.statusCode()).isEqualTo(302);
        String mappingUrl = URI.create(staged.headers().firstValue("Location").orElseThrow())
                .getPath();
        assertThat(mappingUrl).startsWith("/products/" + product + "/notes/import/");

        String mapping = pages.get(mappingUrl).body();
        assertThat(mapping).contains("jira.csv").contains("Slow search").contains("Offline mode");
        assertThat(selected(mapping, "text")).as("Summary alone is the text").isEqualTo("Summary");
        assertThat(selected(mapping, "title")).isEmpty();
        assertThat(selected(mapping, "customer")).isEqualTo("Reporter");
        assertThat(selected(mapping, "date")).isEqualTo("Created");
        assertThat(selected(mapping, "tags")).isEqualTo("Labels");

        String form = "map.text=Summary&map.title=&map.customer=Reporter&map.date=Created&map.tags=Labels";
        HttpResponse<String> start = pages.post(mappingUrl + "/start", pages.csrf(mapping), form);
        assertThat(start.statusCode()).as(start.body()).isEqualTo(200);
        JsonNode progress = null;
        for (int i = 0; i < 100; i++) {
            progress = JsonMapper.builder()
                    .build()
                    .readTree(pages.get(mappingUrl + "/progress").body());
            if (!progress.get("state").asString().equals("running")) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(progress.get("state").asString()).as(progress.toString()).isEqualTo("done");
        assertThat(progress.get("imported").asInt()).isEqualTo(2);
        assertThat(progress.get("percent").asInt()).isEqualTo(100);

        HttpResponse<String> done = pages.get(mappingUrl + "/done");
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/products/" + product + "/notes");
        assertThat(notes(product)).extracting(NoteView::text).containsExactly("Offline mode", "Slow search");
        assertThat(pages.get(mappingUrl).statusCode())
                .as("the upload is gone once imported")
                .isEqualTo(404);
    }

    @Test
    void pagesReRenderTheMappingWithLineAndColumnErrors() throws Exception {
        String product = product();
        Pages pages = new Pages(port, email(owner));
        String upload = pages.get("/products/" + product + "/notes/import").body();
        HttpResponse<String> staged = pages.multipart(
                "/products/" + product + "/notes/import",
                pages.csrf(upload),
                "notes.csv",
                "note,when\nfine,2026-05-01\nbroken,31/31/2026\n");
        String mappingUrl = URI.create(staged.headers().firstValue("Location").orElseThrow())
                .getPath();
        String mapping = pages.get(mappingUrl).body();

        HttpResponse<String> failed = pages.post(mappingUrl, pages.csrf(mapping), "map.text=note&map.date=when");
        assertThat(failed.statusCode()).isEqualTo(200);
        assertThat(failed.body()).contains("line 3, column when").contains("unparseable date &#39;31/31/2026&#39;");
        assertThat(count(product)).isZero();

        HttpResponse<String> noText = pages.post(mappingUrl, pages.csrf(mapping), "map.text=&map.date=when");
        assertThat(noText.body()).contains("choose the column that holds the note text");

        HttpResponse<String> fixed = pages.post(mappingUrl, pages.csrf(mapping), "map.text=note");
        assertThat(fixed.statusCode()).isEqualTo(302);
        assertThat(count(product)).isEqualTo(2);
    }

    @Test
    void pagesKeepUploadsToTheirOwner() throws Exception {
        String product = product();
        ApiClient editor = newUser("Eddie");
        ApiClient viewer = newUser("Victor");
        addMember(owner, workspace, editor, "EDITOR");
        addMember(owner, workspace, viewer, "VIEWER");
        Pages pages = new Pages(port, email(owner));
        String upload = pages.get("/products/" + product + "/notes/import").body();
        HttpResponse<String> staged =
                pages.multipart("/products/" + product + "/notes/import", pages.csrf(upload), "n.csv", "text\nhello\n");
        String mappingUrl = URI.create(staged.headers().firstValue("Location").orElseThrow())
                .getPath();

        assertThat(new Pages(port, email(editor)).get(mappingUrl).statusCode()).isEqualTo(404);
        Pages viewerPages = new Pages(port, email(viewer));
        assertThat(viewerPages.get("/products/" + product + "/notes/import").body())
                .contains("needs the editor role");
        String viewerUpload =
                viewerPages.get("/products/" + product + "/notes/import").body();
        assertThat(viewerPages
                        .multipart(
                                "/products/" + product + "/notes/import",
                                viewerPages.csrf(viewerUpload),
                                "n.csv",
                                "text\nhi\n")
                        .statusCode())
                .isEqualTo(403);
    }

    /** The column pre-selected for a field in the mapping form, "" for none. */
    private static String selected(String html, String field) {
        Matcher select = Pattern.compile("<select id=\"map-" + field + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(html);
        assertThat(select.find()).as("select for " + field).isTrue();
        Matcher option = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(select.group(1));
        return option.find() ? option.group(1) : "";
    }

    private static Map<String, String> errors(ApiClient.Response r) {
        JsonNode errors = r.json().get("errors");
        return java.util.stream.StreamSupport.stream(errors.spliterator(), false)
                .collect(Collectors.toMap(
                        e -> e.get("field").asString(), e -> e.get("message").asString()));
    }

    /** Pages through real HTTP with HTTP Basic, a session cookie and the CSRF token of the last page. */
    static final class Pages {

        private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
        private final HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String base;
        private final String auth;

        Pages(int port, String email) {
            this.base = "http://localhost:" + port;
            this.auth = "Basic "
                    + Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        }

        String csrf(String html) {
            Matcher m = CSRF.matcher(html);
            assertThat(m.find()).as("page has a CSRF token").isTrue();
            return m.group(1);
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Authorization", auth)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String csrf, String form) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Authorization", auth)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("X-CSRF-TOKEN", csrf)
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> multipart(String path, String csrf, String fileName, String content) throws Exception {
            String boundary = "----northstar" + UUID.randomUUID();
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: text/csv\r\n\r\n"
                    + content + "\r\n--" + boundary + "--\r\n";
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Authorization", auth)
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Every index of notes costs each imported row an entry: one serves product lookups, on H2 and PostgreSQL alike. */
    @Test
    void notesKeepOneIndexForProductLookups() throws java.sql.SQLException {
        try (var c = dataSource.getConnection()) {
            assertThat(NotesProductIndex.hasProductIndex(c)).isTrue();
            try (var rs = c.getMetaData().getIndexInfo(c.getCatalog(), c.getSchema(), "notes", false, false)) {
                java.util.Set<String> product = new java.util.HashSet<>();
                while (rs.next()) {
                    if (rs.getShort("ORDINAL_POSITION") == 1
                            && "product_id".equalsIgnoreCase(rs.getString("COLUMN_NAME"))) {
                        product.add(rs.getString("INDEX_NAME"));
                    }
                }
                assertThat(product).hasSize(1);
            }
        }
    }
}
