package dev.northstar.discovery.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.discovery.Customer;
import dev.northstar.discovery.FeedbackInbox;
import dev.northstar.discovery.NewNote;
import dev.northstar.discovery.NoteFilter;
import dev.northstar.discovery.NoteSource;
import dev.northstar.discovery.NoteState;
import dev.northstar.discovery.NoteView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The feedback inbox over JSON. Sources and states travel as lower-case labels ({@code in-app},
 * {@code processed}); a customer may be given as an object or, for convenience, as a plain name.
 */
@RestController
@RequestMapping("/api/v1/products/{productId}/notes")
@Tag(name = "Feedback inbox", description = "Customer feedback notes: add, search, triage, edit, delete")
class NotesApi {

    record CustomerJson(String name, String company, String segment, String plan, BigDecimal revenue) {
        static CustomerJson of(Customer c) {
            return new CustomerJson(c.name(), c.company(), c.segment(), c.plan(), c.revenue());
        }
    }

    record NoteJson(
            UUID id,
            UUID productId,
            String text,
            String source,
            LocalDate date,
            String state,
            List<String> nextStates,
            List<CustomerJson> customers,
            List<String> tags,
            UUID interviewSessionId,
            UUID surveyResponseId,
            Instant createdAt,
            Instant updatedAt,
            int version) {

        static NoteJson of(NoteView n) {
            return new NoteJson(
                    n.id(),
                    n.productId(),
                    n.text(),
                    n.source().label(),
                    n.date(),
                    n.state().label(),
                    n.state().next().stream().map(NoteState::label).sorted().toList(),
                    n.customers().stream().map(CustomerJson::of).toList(),
                    n.tags(),
                    n.interviewSessionId(),
                    n.surveyResponseId(),
                    n.createdAt(),
                    n.updatedAt(),
                    n.version());
        }
    }

    private final FeedbackInbox inbox;

    NotesApi(FeedbackInbox inbox) {
        this.inbox = inbox;
    }

    @Operation(
            summary = "Add a note (contributors and up)",
            description =
                    "Body: {text, source (interview|survey|support|sales|review|in-app|other), customer ({name, company, segment, plan, revenue} or a name), "
                            + "date (YYYY-MM-DD, default today), tags ([...] or \"a, b\"), state (default new)}")
    @PostMapping
    ResponseEntity<NoteJson> add(@PathVariable UUID productId, @RequestBody JsonNode body) {
        requireObject(body);
        NoteInput in = new NoteInput();
        String text = string(body, "text", in);
        in.text(text, "text");
        NoteSource source = in.source(string(body, "source", in), "source");
        Customer customer = customer(body.get("customer"), Customer.NONE, in);
        LocalDate date = in.date(string(body, "date", in), "date");
        List<String> tags = tags(body.get("tags"), in);
        NoteState state = in.state(string(body, "state", in), "state");
        NewNote note = in.note(text, source, customer, date, tags, state);
        NoteView added = inbox.add(productId, note);
        return ResponseEntity.created(URI.create("/api/v1/products/" + productId + "/notes/" + added.id()))
                .body(NoteJson.of(added));
    }

    @Operation(
            summary = "List or search notes",
            description =
                    "Without q: newest first (by note date). With q: best match first (full text over text, customer and tags). "
                            + "Filters: state, source, tag. Answers {items, total}.")
    @GetMapping
    PageResult<NoteJson> list(
            @PathVariable UUID productId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        NoteInput in = new NoteInput();
        NoteState s = in.state(state, "state");
        NoteSource src = source == null || source.isBlank() ? null : in.source(source, "source");
        Paging paging = Paging.of(page, size);
        in.orThrow();
        return inbox.list(productId, new NoteFilter(q, s, src, tag), paging).map(NoteJson::of);
    }

    @GetMapping("/{noteId}")
    NoteJson get(@PathVariable UUID productId, @PathVariable UUID noteId) {
        return NoteJson.of(inbox.get(productId, noteId));
    }

    @Operation(
            summary = "Edit a note (editors and up)",
            description = "Send only the fields to change plus the version you read; a stale version answers 409. "
                    + "customer merges into the first customer (null clears it); tags replace the tags.")
    @PatchMapping("/{noteId}")
    NoteJson edit(@PathVariable UUID productId, @PathVariable UUID noteId, @RequestBody JsonNode body) {
        requireObject(body);
        NoteInput in = new NoteInput();
        Integer version = version(body.get("version"), in);
        NoteView current = inbox.get(productId, noteId);
        String text = current.text();
        if (body.has("text")) {
            text = string(body, "text", in);
            in.text(text, "text");
        }
        NoteSource source = body.has("source") && !body.get("source").isNull()
                ? in.source(string(body, "source", in), "source")
                : current.source();
        Customer customer =
                body.has("customer") ? customer(body.get("customer"), current.customer(), in) : current.customer();
        LocalDate date = current.date();
        if (body.has("date") && !body.get("date").isNull()) {
            date = in.date(string(body, "date", in), "date");
            if (date == null) {
                in.fail("date", "date cannot be blank; use YYYY-MM-DD");
            }
        }
        List<String> tags = body.has("tags") ? tags(body.get("tags"), in) : current.tags();
        NoteState state = body.has("state") ? in.state(string(body, "state", in), "state") : null;
        NewNote content = in.note(text, source, customer, date, tags, state == null ? current.state() : state);
        return NoteJson.of(inbox.edit(productId, noteId, version, content));
    }

    @Operation(
            summary = "Move a note to another state (contributors and up)",
            description =
                    "Body: {state: new|processed|archived}. new → processed/archived, processed → archived/new, archived → new.")
    @PostMapping("/{noteId}/state")
    NoteJson moveTo(@PathVariable UUID productId, @PathVariable UUID noteId, @RequestBody JsonNode body) {
        requireObject(body);
        NoteInput in = new NoteInput();
        String raw = string(body, "state", in);
        NoteState state = in.state(raw, "state");
        if (raw == null || raw.isBlank()) {
            in.fail("state", "state is required: new, processed or archived");
        }
        in.orThrow();
        return NoteJson.of(inbox.moveTo(productId, noteId, state));
    }

    @Operation(summary = "Delete a note with its highlights (editors and up)")
    @DeleteMapping("/{noteId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID productId, @PathVariable UUID noteId) {
        inbox.delete(productId, noteId);
    }

    private static void requireObject(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "send a JSON object");
        }
    }

    /** A scalar field as text; null when missing or null, an error when it is an object or array. */
    private static String string(JsonNode parent, String field, NoteInput in) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isContainer()) {
            in.fail(field, field + " must be a single value, not an object or a list");
            return null;
        }
        return node.asString();
    }

    private static Integer version(JsonNode node, NoteInput in) {
        if (node == null || node.isNull()) {
            in.fail(
                    "version",
                    "version is required: send the version you read, so that nobody's edit is silently overwritten");
            return null;
        }
        if (node.isIntegralNumber()
                || node.isString() && node.asString().strip().matches("\\d{1,9}")) {
            return node.isIntegralNumber()
                    ? node.asInt()
                    : Integer.parseInt(node.asString().strip());
        }
        in.fail("version", "version must be a whole number");
        return null;
    }

    /** An object merges into {@code base}; a plain string is the name; null clears the customer. */
    private static Customer customer(JsonNode node, Customer base, NoteInput in) {
        if (node == null || node.isNull()) {
            return Customer.NONE;
        }
        if (node.isString()) {
            return in.customer(
                    node.asString(), base.company(), base.segment(), base.plan(), base.revenue(), "customer.");
        }
        if (!node.isObject()) {
            in.fail("customer", "customer must be an object {name, company, segment, plan, revenue} or a name");
            return Customer.NONE;
        }
        String name = node.has("name") ? string(node, "name", in) : base.name();
        String company = node.has("company") ? string(node, "company", in) : base.company();
        String segment = node.has("segment") ? string(node, "segment", in) : base.segment();
        String plan = node.has("plan") ? string(node, "plan", in) : base.plan();
        BigDecimal revenue = base.revenue();
        if (node.has("revenue")) {
            JsonNode r = node.get("revenue");
            revenue = r.isNull()
                    ? null
                    : r.isNumber()
                            ? in.revenue(r.decimalValue().toPlainString(), "customer.revenue")
                            : in.revenue(string(node, "revenue", in), "customer.revenue");
        }
        return in.customer(name, company, segment, plan, revenue, "customer.");
    }

    /** A list of strings or one comma-separated string. */
    private static List<String> tags(JsonNode node, NoteInput in) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isString()) {
            return in.tags(List.of(node.asString().split("[,;]")), "tags");
        }
        if (!node.isArray()) {
            in.fail("tags", "tags must be a list of words, such as [\"billing\", \"mobile\"]");
            return List.of();
        }
        List<String> raw = new ArrayList<>();
        for (JsonNode t : node) {
            if (t.isContainer()) {
                in.fail("tags", "each tag must be a word, not an object or a list");
            } else if (!t.isNull()) {
                raw.add(t.asString());
            }
        }
        return in.tags(raw, "tags");
    }
}
