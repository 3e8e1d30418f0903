package dev.northstar.discovery;

import dev.northstar.common.ConflictException;
import dev.northstar.common.ForbiddenException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.ProductAccess;
import dev.northstar.workspace.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Highlights: passages of notes linked as evidence to unmet needs, each with how much it matters to
 * the customer. Contributors and up add them; they remove their own, editors remove any. A note's
 * highlights go when the note goes; when a note is edited they follow their quote through the text.
 */
@Service
@Transactional
public class Highlights {

    private final Access access;
    private final HighlightRows rows;
    private final NeedRows needs;

    Highlights(Access access, HighlightRows rows, NeedRows needs) {
        this.access = access;
        this.rows = rows;
        this.needs = needs;
    }

    /**
     * Links a passage to a need. Offsets must lie inside the note text and match the quote if one is
     * given; a quote alone is looked up in the note. Contributors and up.
     */
    public HighlightView add(UUID productId, UUID noteId, NewHighlight highlight) {
        ProductAccess pa = access.product(productId, Role.CONTRIBUTOR);
        String text = rows.noteText(productId, noteId).orElseThrow(() -> new NotFoundException("note"));
        Passages.Span span = highlight.start() != null ? exact(text, highlight) : found(text, highlight.quote(), 0);
        return store(pa, noteId, text, span, highlight);
    }

    /** Links the first occurrence of {@code quote} in the note (whitespace and quote marks may differ). Contributors and up. */
    public HighlightView addByQuote(UUID productId, UUID noteId, String quote, UUID needId, Importance importance) {
        return add(productId, noteId, NewHighlight.ofQuote(quote, needId, importance));
    }

    /**
     * Links what a person selected on the page: {@code quote} at {@code start} if it is there, otherwise
     * the occurrence of the quote nearest to {@code start} (browsers may count line breaks differently).
     */
    public HighlightView addFromSelection(
            UUID productId, UUID noteId, Integer start, String quote, UUID needId, Importance importance) {
        ProductAccess pa = access.product(productId, Role.CONTRIBUTOR);
        String text = rows.noteText(productId, noteId).orElseThrow(() -> new NotFoundException("note"));
        NewHighlight h = NewHighlight.ofQuote(quote, needId, importance);
        int hint = start == null ? 0 : start;
        Passages.Span span =
                quote != null && start != null && HighlightRows.anchored(text, start, start + quote.length(), quote)
                        ? new Passages.Span(start, start + quote.length())
                        : found(text, quote, hint);
        return store(pa, noteId, text, span, h);
    }

    @Transactional(readOnly = true)
    public HighlightView get(UUID productId, UUID highlightId) {
        access.product(productId, Role.VIEWER);
        return rows.find(productId, highlightId).orElseThrow(() -> new NotFoundException("highlight"));
    }

    /** The highlights with these ids that exist in the product (any order): one read for a list of citations. */
    @Transactional(readOnly = true)
    public List<HighlightView> byIds(UUID productId, java.util.Collection<UUID> highlightIds) {
        access.product(productId, Role.VIEWER);
        return rows.byIds(productId, highlightIds);
    }

    /** A note's highlights in reading order. */
    @Transactional(readOnly = true)
    public List<HighlightView> forNote(UUID productId, UUID noteId) {
        access.product(productId, Role.VIEWER);
        rows.noteText(productId, noteId).orElseThrow(() -> new NotFoundException("note"));
        return rows.forNote(productId, noteId);
    }

    /** A note's text cut at highlight boundaries, with its highlights: what a page needs to mark them. */
    @Transactional(readOnly = true)
    public HighlightedNote onNote(UUID productId, UUID noteId) {
        access.product(productId, Role.VIEWER);
        String text = rows.noteText(productId, noteId).orElseThrow(() -> new NotFoundException("note"));
        List<HighlightView> all = rows.forNote(productId, noteId);
        return new HighlightedNote(noteId, text, segments(text, all), all);
    }

    /** The evidence for a need, strongest first, then from the newest notes. */
    @Transactional(readOnly = true)
    public PageResult<HighlightView> forNeed(UUID productId, UUID needId, Paging paging) {
        access.product(productId, Role.VIEWER);
        needs.find(productId, needId).orElseThrow(() -> new NotFoundException("need"));
        return new PageResult<>(rows.forNeed(productId, needId, paging), rows.countForNeed(productId, needId));
    }

    /** Every highlight of the product, newest first: what a feature can cite as evidence. */
    @Transactional(readOnly = true)
    public PageResult<HighlightView> recent(UUID productId, Paging paging) {
        access.product(productId, Role.VIEWER);
        return new PageResult<>(rows.recent(productId, paging), rows.count(productId));
    }

    /** Removes a highlight: contributors their own, editors and up any. */
    public void delete(UUID productId, UUID highlightId) {
        ProductAccess pa = access.product(productId, Role.CONTRIBUTOR);
        HighlightView h = rows.find(productId, highlightId).orElseThrow(() -> new NotFoundException("highlight"));
        if (!pa.role().atLeast(Role.EDITOR)
                && (h.createdBy() == null || !h.createdBy().equals(pa.actor().userId()))) {
            throw new ForbiddenException("contributors can remove only the highlights they added; ask an editor");
        }
        rows.delete(productId, highlightId);
    }

    /** Whether the current user may remove this highlight (for showing the button). */
    @Transactional(readOnly = true)
    public boolean canRemove(UUID productId, HighlightView h) {
        ProductAccess pa = access.product(productId, Role.VIEWER);
        return pa.role().atLeast(Role.EDITOR)
                || pa.role().atLeast(Role.CONTRIBUTOR)
                        && h.createdBy() != null
                        && h.createdBy().equals(pa.actor().userId());
    }

    private HighlightView store(ProductAccess pa, UUID noteId, String text, Passages.Span span, NewHighlight h) {
        NeedView need = needs.find(pa.productId(), h.needId())
                .orElseThrow(() -> new InvalidInputException("needId", "no unmet need with this id in the product"));
        if (text.substring(span.start(), span.end()).isBlank()) {
            throw new InvalidInputException("quote", "select some words, not only spaces");
        }
        if (rows.exists(noteId, need.id(), span.start(), span.end())) {
            throw new ConflictException("this passage is already evidence for “" + need.title() + "”");
        }
        UUID id = UUID.randomUUID();
        UUID by = pa.actor().isSystem() ? null : pa.actor().userId();
        Importance importance = h.importance() == null ? need.importance() : h.importance();
        rows.insert(
                pa.productId(),
                id,
                noteId,
                span.start(),
                span.end(),
                text.substring(span.start(), span.end()),
                need.id(),
                importance,
                by,
                Instant.now());
        return rows.find(pa.productId(), id).orElseThrow();
    }

    private static Passages.Span exact(String text, NewHighlight h) {
        int start = h.start();
        int end = h.end();
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (start < 0 || start >= text.length()) {
            errors.add(new InvalidInputException.FieldError(
                    "start",
                    "start must be between 0 and " + (text.length() - 1) + " (the note has " + text.length()
                            + " characters)"));
        }
        if (end <= start) {
            errors.add(new InvalidInputException.FieldError("end", "end must be greater than start"));
        } else if (end > text.length()) {
            errors.add(new InvalidInputException.FieldError(
                    "end",
                    "end must be at most " + text.length() + " (the note has " + text.length() + " characters)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (h.quote() != null && !text.substring(start, end).equals(h.quote())) {
            throw new InvalidInputException(
                    "quote",
                    "the quote does not match the note text from " + start + " to " + end + ": “"
                            + clip(text.substring(start, end)) + "”");
        }
        return new Passages.Span(start, end);
    }

    private static Passages.Span found(String text, String quote, int hint) {
        return Passages.locate(text, quote, hint)
                .orElseThrow(() -> new InvalidInputException(
                        "quote",
                        "this text does not appear in the note: “" + clip(quote == null ? "" : quote.strip()) + "”"));
    }

    private static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }

    /** Cuts the text at every anchored highlight's start and end; each segment knows which highlights cover it. */
    static List<HighlightedNote.Segment> segments(String text, List<HighlightView> highlights) {
        List<HighlightView> anchored =
                highlights.stream().filter(HighlightView::anchored).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (HighlightView h : anchored) {
            cuts.add(h.start());
            cuts.add(h.end());
        }
        List<HighlightedNote.Segment> out = new ArrayList<>();
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                List<UUID> ids = new ArrayList<>();
                Importance strongest = null;
                List<String> titles = new ArrayList<>();
                for (HighlightView h : anchored) {
                    if (h.start() <= from && h.end() >= to) {
                        ids.add(h.id());
                        strongest = strongest == null || h.importance().compareTo(strongest) > 0
                                ? h.importance()
                                : strongest;
                        if (h.needTitle() != null && !titles.contains(h.needTitle())) {
                            titles.add(h.needTitle());
                        }
                    }
                }
                out.add(new HighlightedNote.Segment(
                        from, text.substring(from, to), List.copyOf(ids), strongest, String.join("; ", titles)));
            }
            from = to;
        }
        return out;
    }
}
