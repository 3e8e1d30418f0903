package dev.northstar.discovery.web;

import dev.northstar.common.ConflictException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.discovery.FeedbackInbox;
import dev.northstar.discovery.NoteSource;
import dev.northstar.discovery.NoteState;
import dev.northstar.discovery.NoteView;
import dev.northstar.workspace.Access;
import dev.northstar.workspace.Role;
import dev.northstar.workspace.Workspaces;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inbox pages: the list with search and filters (a plain GET form that htmx makes live), the
 * new-note form and a note's own page with triage, edit and delete.
 */
@Controller
@RequestMapping("/products/{productId}/notes")
class InboxPages {

    static final int PAGE_SIZE = 25;

    private final FeedbackInbox inbox;
    private final Workspaces workspaces;
    private final Access access;
    private final MessageSource messages;

    InboxPages(FeedbackInbox inbox, Workspaces workspaces, Access access, MessageSource messages) {
        this.inbox = inbox;
        this.workspaces = workspaces;
        this.access = access;
        this.messages = messages;
    }

    /** The full page, or only the results when htmx asks for them while the user types. */
    @GetMapping
    String inbox(
            @PathVariable UUID productId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) Integer page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String restoring,
            Model model) {
        frame(productId, model);
        InboxQuery query = InboxQuery.of(productId, q, state, source, tag);
        int current = page == null ? 0 : Math.max(0, page);
        PageResult<NoteView> notes = inbox.list(productId, query.filter(), new Paging(current, PAGE_SIZE));
        Map<NoteState, Long> counts = inbox.countByState(productId);
        model.addAttribute("query", query);
        model.addAttribute("notes", notes);
        model.addAttribute("page", current);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("counts", counts);
        model.addAttribute(
                "countAll", counts.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("states", NoteState.values());
        model.addAttribute("sources", NoteSource.values());
        model.addAttribute("tags", inbox.tags(productId));
        if (htmx != null && restoring == null) {
            return "discovery/inbox :: results";
        }
        return "discovery/inbox";
    }

    @GetMapping("/new")
    String newNote(@PathVariable UUID productId, Model model) {
        frame(productId, model);
        model.addAttribute("form", NoteForm.blank(LocalDate.now()));
        model.addAttribute("sources", NoteSource.values());
        return "discovery/note-form";
    }

    @PostMapping
    String create(
            @PathVariable UUID productId,
            @ModelAttribute("form") NoteForm form,
            Model model,
            RedirectAttributes flash) {
        try {
            NoteView note = inbox.add(productId, form.toNote(null));
            flash.addFlashAttribute("flash", text("inbox.flash.added"));
            return "redirect:/products/" + productId + "/notes/" + note.id();
        } catch (InvalidInputException e) {
            frame(productId, model);
            model.addAttribute("error", e);
            model.addAttribute("sources", NoteSource.values());
            return "discovery/note-form";
        }
    }

    @GetMapping("/{noteId}")
    String note(@PathVariable UUID productId, @PathVariable UUID noteId, Model model) {
        NoteView note = inbox.get(productId, noteId);
        return notePage(productId, note, NoteForm.of(note), model);
    }

    /** Saves an edit; a stale version keeps the user's text in the form beside the newer saved note. */
    @PostMapping("/{noteId}")
    String edit(
            @PathVariable UUID productId,
            @PathVariable UUID noteId,
            @ModelAttribute("form") NoteForm form,
            Model model,
            RedirectAttributes flash) {
        NoteView current = inbox.get(productId, noteId);
        try {
            if (form.version() == null) {
                throw new InvalidInputException("version", text("inbox.edit.noVersion"));
            }
            inbox.edit(productId, noteId, form.version(), form.toNote(current.state()));
            flash.addFlashAttribute("flash", text("inbox.flash.saved"));
            return "redirect:/products/" + productId + "/notes/" + noteId;
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute("editing", true);
            return notePage(productId, current, form, model);
        } catch (ConflictException e) {
            NoteView newer = inbox.get(productId, noteId);
            model.addAttribute("conflict", true);
            model.addAttribute("editing", true);
            return notePage(productId, newer, form.withVersion(newer.version()), model);
        }
    }

    @PostMapping("/{noteId}/state")
    String moveTo(
            @PathVariable UUID productId,
            @PathVariable UUID noteId,
            @RequestParam(defaultValue = "") String state,
            RedirectAttributes flash) {
        try {
            NoteState target = NoteState.parse(state, "state");
            inbox.moveTo(productId, noteId, target);
            flash.addFlashAttribute("flash", text("inbox.flash.state." + target.name()));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("flashError", e.errors().getFirst().message());
        }
        return "redirect:/products/" + productId + "/notes/" + noteId;
    }

    @PostMapping("/{noteId}/delete")
    String delete(@PathVariable UUID productId, @PathVariable UUID noteId, RedirectAttributes flash) {
        inbox.delete(productId, noteId);
        flash.addFlashAttribute("flash", text("inbox.flash.deleted"));
        return "redirect:/products/" + productId + "/notes";
    }

    private String notePage(UUID productId, NoteView note, NoteForm form, Model model) {
        frame(productId, model);
        model.addAttribute("note", note);
        model.addAttribute("form", form);
        model.addAttribute("sources", NoteSource.values());
        model.addAttribute(
                "nextStates",
                note.state().next().stream()
                        .sorted(Comparator.comparingInt(s -> s == NoteState.NEW ? Integer.MAX_VALUE : s.ordinal()))
                        .toList());
        return "discovery/note";
    }

    /** What every inbox page needs: the product for the layout, the side-nav section and what the viewer may do. */
    private void frame(UUID productId, Model model) {
        Role role = access.product(productId, Role.VIEWER).role();
        model.addAttribute("product", workspaces.product(productId));
        model.addAttribute("section", "notes");
        model.addAttribute("canContribute", role.atLeast(Role.CONTRIBUTOR));
        model.addAttribute("canEdit", role.atLeast(Role.EDITOR));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
