package dev.northstar.demo;

import dev.northstar.common.NorthstarProperties;
import dev.northstar.common.Rows;
import dev.northstar.discovery.AssumptionStatus;
import dev.northstar.discovery.Customer;
import dev.northstar.discovery.FeedbackInbox;
import dev.northstar.discovery.GuideDraft;
import dev.northstar.discovery.Highlights;
import dev.northstar.discovery.Importance;
import dev.northstar.discovery.InterviewGuideView;
import dev.northstar.discovery.InterviewSessionView;
import dev.northstar.discovery.Interviews;
import dev.northstar.discovery.NeedInput;
import dev.northstar.discovery.NeedView;
import dev.northstar.discovery.Needs;
import dev.northstar.discovery.NewNote;
import dev.northstar.discovery.NoteSource;
import dev.northstar.discovery.NoteState;
import dev.northstar.discovery.NoteView;
import dev.northstar.discovery.OpportunityTreeInput;
import dev.northstar.discovery.OpportunityTrees;
import dev.northstar.discovery.PersonaInput;
import dev.northstar.discovery.PersonaKind;
import dev.northstar.discovery.PersonaView;
import dev.northstar.discovery.Personas;
import dev.northstar.discovery.QuestionType;
import dev.northstar.discovery.SessionDraft;
import dev.northstar.discovery.SimilarNotes;
import dev.northstar.discovery.SurveyDraft;
import dev.northstar.discovery.SurveyQuestion;
import dev.northstar.discovery.SurveyStatus;
import dev.northstar.discovery.SurveyView;
import dev.northstar.discovery.Surveys;
import dev.northstar.discovery.Themes;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.Accounts;
import dev.northstar.workspace.Actor;
import dev.northstar.workspace.ProductView;
import dev.northstar.workspace.WorkspaceView;
import dev.northstar.workspace.Workspaces;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the Cadence demo (a team-calendar SaaS) for the first owner: personas, unmet needs, about
 * 200 feedback notes (demo/cadence/notes.csv), an interview guide with sessions, a
 * survey with responses, highlights and an opportunity–solution tree. Runs once per instance, all
 * or nothing; a demo the owner deleted stays deleted.
 */
@Component
@Order(10)
class CadenceDemo implements ApplicationRunner {

    static final String NAME = "cadence";
    private static final Logger log = LoggerFactory.getLogger(CadenceDemo.class);

    private final NorthstarProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Accounts accounts;
    private final Workspaces workspaces;
    private final Personas personas;
    private final Needs needs;
    private final FeedbackInbox inbox;
    private final Interviews interviews;
    private final Surveys surveys;
    private final Highlights highlights;
    private final OpportunityTrees trees;
    private final SimilarNotes similarNotes;
    private final Themes themes;
    private final List<DemoPart> parts;
    private final JsonMapper json = JsonMapper.builder().build();

    CadenceDemo(
            NorthstarProperties properties,
            JdbcClient jdbc,
            TransactionTemplate tx,
            Accounts accounts,
            Workspaces workspaces,
            Personas personas,
            Needs needs,
            FeedbackInbox inbox,
            Interviews interviews,
            Surveys surveys,
            Highlights highlights,
            OpportunityTrees trees,
            SimilarNotes similarNotes,
            Themes themes,
            List<DemoPart> parts) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.tx = tx;
        this.accounts = accounts;
        this.workspaces = workspaces;
        this.personas = personas;
        this.needs = needs;
        this.inbox = inbox;
        this.interviews = interviews;
        this.surveys = surveys;
        this.highlights = highlights;
        this.trees = trees;
        this.similarNotes = similarNotes;
        this.themes = themes;
        this.parts = parts.stream()
                .sorted(java.util.Comparator.comparingInt(DemoPart::order))
                .toList();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo() || loaded()) {
            return;
        }
        Actor owner = accounts.firstAccount().orElse(null);
        if (owner == null) {
            return;
        }
        long started = System.nanoTime();
        UUID productId = Access.asSystem(() -> tx.execute(status -> load(owner)));
        log.info(
                "Loaded the Cadence demo workspace in {} ms (product {})",
                (System.nanoTime() - started) / 1_000_000,
                productId);
        // the first thing a newcomer opens should show themes, not "not computed yet": compute them
        // as soon as the notes' embeddings are in, off the start-up path
        Thread.ofVirtual().name("demo-themes").start(() -> {
            if (similarNotes.awaitEmbeddings(productId, Duration.ofMinutes(5))) {
                Access.asSystem(() -> themes.recompute(productId));
            }
        });
    }

    boolean loaded() {
        return jdbc.sql("select count(*) from demo_loads where name = ?")
                        .param(NAME)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Builds the whole demo; answers the product's id. */
    UUID load(Actor owner) {
        JsonNode demo = read("demo/cadence/demo.json");
        WorkspaceView ws = workspaces.createOwnedBy("Cadence (demo)", owner);
        JsonNode p = demo.get("product");
        ProductView product = workspaces.createProduct(
                ws.id(), p.get("name").asString(), p.get("description").asString());
        UUID id = product.id();

        Map<String, UUID> personaIds = new HashMap<>();
        for (JsonNode n : demo.get("personas")) {
            PersonaView v = personas.create(
                    id,
                    new PersonaInput(
                            PersonaKind.parse(n.get("kind").asString(), "kind"),
                            text(n, "name"),
                            text(n, "summary"),
                            text(n, "feelings"),
                            text(n, "thoughts"),
                            text(n, "motivations"),
                            text(n, "influences"),
                            text(n, "behaviours"),
                            text(n, "goals"),
                            text(n, "preferences"),
                            text(n, "frustrations")));
            personaIds.put(v.name(), v.id());
        }
        Map<String, UUID> needIds = new HashMap<>();
        for (JsonNode n : demo.get("needs")) {
            NeedView v = needs.create(
                    id,
                    new NeedInput(
                            text(n, "title"),
                            text(n, "description"),
                            personaIds.get(text(n, "persona")),
                            Importance.parse(text(n, "importance"), "importance")));
            needIds.put(v.title(), v.id());
        }

        List<NoteView> notes = loadNotes(id);

        JsonNode g = demo.get("interviewGuide");
        List<String> questions = new ArrayList<>();
        g.get("questions").forEach(q -> questions.add(q.asString()));
        InterviewGuideView guide =
                interviews.createGuide(id, new GuideDraft(text(g, "title"), text(g, "goal"), questions));
        for (JsonNode s : demo.get("interviewSessions")) {
            InterviewSessionView session = interviews.createSession(
                    id,
                    new SessionDraft(
                            text(s, "interviewee"),
                            text(s, "company"),
                            text(s, "segment"),
                            text(s, "plan"),
                            LocalDate.parse(text(s, "date")),
                            guide.id(),
                            text(s, "summary")));
            for (JsonNode note : s.get("notes")) {
                interviews.addNote(id, session.id(), note.asString(), List.of("interview"));
            }
        }

        loadSurvey(id, demo.get("survey"));
        loadHighlights(id, demo.get("highlights"), needIds, notes);

        JsonNode t = demo.get("opportunityTree");
        List<OpportunityTreeInput.Opportunity> opportunities = new ArrayList<>();
        for (JsonNode o : t.get("opportunities")) {
            List<OpportunityTreeInput.Solution> solutions = new ArrayList<>();
            for (JsonNode s : o.get("solutions")) {
                List<OpportunityTreeInput.Test> tests = new ArrayList<>();
                for (JsonNode a : s.get("assumptionTests")) {
                    tests.add(new OpportunityTreeInput.Test(
                            null,
                            text(a, "assumption"),
                            text(a, "test"),
                            AssumptionStatus.parse(text(a, "status"), "status")));
                }
                solutions.add(new OpportunityTreeInput.Solution(null, text(s, "title"), tests));
            }
            UUID need = needIds.get(text(o, "need"));
            opportunities.add(
                    new OpportunityTreeInput.Opportunity(null, need, need == null ? text(o, "need") : null, solutions));
        }
        trees.replace(id, new OpportunityTreeInput(text(t, "outcome"), opportunities));
        for (DemoPart part : parts) {
            part.load(id);
        }

        jdbc.sql("insert into demo_loads (name, workspace_id, loaded_at) values (?, ?, ?)")
                .params(NAME, ws.id(), Rows.ts(Instant.now()))
                .update();
        return id;
    }

    private void loadSurvey(UUID productId, JsonNode s) {
        List<SurveyQuestion> questions = new ArrayList<>();
        for (JsonNode q : s.get("questions")) {
            List<String> options = new ArrayList<>();
            if (q.has("options")) {
                q.get("options").forEach(o -> options.add(o.asString()));
            }
            questions.add(new SurveyQuestion(
                    text(q, "key"),
                    QuestionType.parse(text(q, "type"), "type"),
                    text(q, "prompt"),
                    options,
                    q.has("required") && q.get("required").asBoolean()));
        }
        SurveyView survey = surveys.create(productId, new SurveyDraft(text(s, "title"), text(s, "intro"), questions));
        for (JsonNode r : s.get("responses")) {
            Map<String, Object> answers = new LinkedHashMap<>();
            r.get("answers").properties().forEach(e -> answers.put(e.getKey(), value(e.getValue())));
            Instant at = LocalDate.parse(text(r, "submittedAt")).atTime(12, 0).toInstant(ZoneOffset.UTC);
            surveys.recordResponse(productId, survey.id(), text(r, "respondent"), at, answers);
        }
        surveys.changeStatus(productId, survey.id(), SurveyStatus.OPEN);
    }

    /**
     * The feedback notes of demo/cadence/notes.csv, one by one rather than through the CSV import: the
     * highlights need the notes' ids before the search index (updated after the commit) knows them.
     */
    private List<NoteView> loadNotes(UUID productId) {
        List<NoteView> notes = new ArrayList<>();
        try (Reader csv = new InputStreamReader(resource("demo/cadence/notes.csv"), StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            for (CSVRecord r : format.parse(csv)) {
                String revenue = r.get("revenue");
                notes.add(inbox.add(
                        productId,
                        new NewNote(
                                r.get("text"),
                                NoteSource.parse(r.get("source"), "source"),
                                new Customer(
                                        blank(r.get("customer")),
                                        blank(r.get("company")),
                                        blank(r.get("segment")),
                                        blank(r.get("plan")),
                                        revenue.isBlank() ? null : new BigDecimal(revenue)),
                                LocalDate.parse(r.get("date")),
                                r.get("tags").isBlank()
                                        ? List.of()
                                        : List.of(r.get("tags").split(";")),
                                NoteState.parse(r.get("state"), "state"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return notes;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private void loadHighlights(UUID productId, JsonNode list, Map<String, UUID> needIds, List<NoteView> notes) {
        for (JsonNode h : list) {
            String start = text(h, "noteStartsWith");
            NoteView note = notes.stream()
                    .filter(n -> n.text().startsWith(start))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("demo highlight names no note: " + start));
            highlights.addByQuote(
                    productId,
                    note.id(),
                    text(h, "quote"),
                    needIds.get(text(h, "need")),
                    Importance.parse(text(h, "importance"), "importance"));
        }
    }

    private static Object value(JsonNode v) {
        if (v.isArray()) {
            List<String> out = new ArrayList<>();
            v.forEach(x -> out.add(x.asString()));
            return out;
        }
        return v.isNumber() ? v.numberValue() : v.asString();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private JsonNode read(String path) {
        try (InputStream in = resource(path)) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) throws IOException {
        return new ClassPathResource(path).getInputStream();
    }
}
