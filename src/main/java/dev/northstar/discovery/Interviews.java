package dev.northstar.discovery;

import dev.northstar.common.ConflictException;
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
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer interviews: guides (a goal and ordered questions) and sessions. Notes taken in a session
 * land in the feedback inbox with source {@code interview}, the interviewee as their customer and a
 * link back to the session. Viewers read; contributors run sessions and take notes; editors write
 * guides and delete.
 */
@Service
@Transactional
public class Interviews {

    private final Access access;
    private final InterviewGuides guides;
    private final InterviewSessions sessions;
    private final Notes notes;
    private final FeedbackInbox inbox;

    Interviews(Access access, InterviewGuides guides, InterviewSessions sessions, Notes notes, FeedbackInbox inbox) {
        this.access = access;
        this.guides = guides;
        this.sessions = sessions;
        this.notes = notes;
        this.inbox = inbox;
    }

    // --- guides

    /** Guides, newest first. */
    @Transactional(readOnly = true)
    public PageResult<InterviewGuideView> guides(UUID productId, Paging paging) {
        access.product(productId, Role.VIEWER);
        return new PageResult<>(guides.page(productId, paging), guides.count(productId));
    }

    @Transactional(readOnly = true)
    public InterviewGuideView guide(UUID productId, UUID guideId) {
        access.product(productId, Role.VIEWER);
        return findGuide(productId, guideId);
    }

    public InterviewGuideView createGuide(UUID productId, GuideDraft draft) {
        access.product(productId, Role.EDITOR);
        UUID id = UUID.randomUUID();
        guides.insert(id, productId, draft.title(), draft.goal(), Instant.now());
        guides.replaceQuestions(id, draft.questions());
        return findGuide(productId, id);
    }

    /**
     * Replaces title, goal and questions; {@code version} (when given) must be the one the editor read.
     * Questions whose text is unchanged keep the ticks sessions gave them.
     */
    public InterviewGuideView updateGuide(UUID productId, UUID guideId, GuideDraft draft, Integer version) {
        access.product(productId, Role.EDITOR);
        InterviewGuideView current = findGuide(productId, guideId);
        if (!guides.update(
                productId, guideId, version == null ? current.version() : version, draft.title(), draft.goal())) {
            throw stale("guide");
        }
        guides.replaceQuestions(guideId, draft.questions());
        return findGuide(productId, guideId);
    }

    /** Changes only the title and goal; {@code version} (when given) must be the one the editor read. */
    public InterviewGuideView describeGuide(UUID productId, UUID guideId, String title, String goal, Integer version) {
        access.product(productId, Role.EDITOR);
        InterviewGuideView current = findGuide(productId, guideId);
        GuideDraft draft = new GuideDraft(title, goal, List.of());
        if (!guides.update(
                productId, guideId, version == null ? current.version() : version, draft.title(), draft.goal())) {
            throw stale("guide");
        }
        return findGuide(productId, guideId);
    }

    /** Deletes a guide; sessions that used it stay, without a guide. */
    public void deleteGuide(UUID productId, UUID guideId) {
        access.product(productId, Role.EDITOR);
        findGuide(productId, guideId);
        guides.delete(productId, guideId);
    }

    public InterviewGuideView addGuideQuestion(UUID productId, UUID guideId, String prompt) {
        access.product(productId, Role.EDITOR);
        InterviewGuideView g = findGuide(productId, guideId);
        String clean = GuideDraft.checkedPrompt(prompt);
        if (g.questions().size() >= GuideDraft.MAX_QUESTIONS) {
            throw new InvalidInputException(
                    "prompt", "A guide can have at most " + GuideDraft.MAX_QUESTIONS + " questions");
        }
        guides.insertQuestion(guideId, UUID.randomUUID(), g.questions().size(), clean);
        guides.touch(guideId);
        return findGuide(productId, guideId);
    }

    public InterviewGuideView editGuideQuestion(UUID productId, UUID guideId, UUID questionId, String prompt) {
        access.product(productId, Role.EDITOR);
        question(findGuide(productId, guideId), questionId);
        guides.updateQuestion(questionId, GuideDraft.checkedPrompt(prompt));
        guides.touch(guideId);
        return findGuide(productId, guideId);
    }

    public InterviewGuideView removeGuideQuestion(UUID productId, UUID guideId, UUID questionId) {
        access.product(productId, Role.EDITOR);
        InterviewGuideView g = findGuide(productId, guideId);
        question(g, questionId);
        guides.deleteQuestion(questionId);
        guides.order(g.questions().stream()
                .map(GuideQuestion::id)
                .filter(id -> !id.equals(questionId))
                .toList());
        guides.touch(guideId);
        return findGuide(productId, guideId);
    }

    /** Moves a question {@code by} places (negative: earlier), stopping at either end. */
    public InterviewGuideView moveGuideQuestion(UUID productId, UUID guideId, UUID questionId, int by) {
        access.product(productId, Role.EDITOR);
        InterviewGuideView g = findGuide(productId, guideId);
        List<UUID> ids =
                new ArrayList<>(g.questions().stream().map(GuideQuestion::id).toList());
        int from = ids.indexOf(question(g, questionId).id());
        int to = Math.max(0, Math.min(ids.size() - 1, from + by));
        ids.add(to, ids.remove(from));
        guides.order(ids);
        guides.touch(guideId);
        return findGuide(productId, guideId);
    }

    // --- sessions

    /** Sessions newest first (by interview date), optionally only those that used one guide. */
    @Transactional(readOnly = true)
    public PageResult<InterviewSessionView> sessions(UUID productId, UUID guideId, Paging paging) {
        access.product(productId, Role.VIEWER);
        return new PageResult<>(sessions.page(productId, guideId, paging), sessions.count(productId, guideId));
    }

    /** The session with its checklist and its notes. */
    @Transactional(readOnly = true)
    public InterviewSessionDetail session(UUID productId, UUID sessionId) {
        access.product(productId, Role.VIEWER);
        return detail(productId, findSession(productId, sessionId));
    }

    /** Records a session; contributors and up (whoever runs the interview). */
    public InterviewSessionView createSession(UUID productId, SessionDraft draft) {
        access.product(productId, Role.CONTRIBUTOR);
        checkGuide(productId, draft);
        UUID id = UUID.randomUUID();
        sessions.insert(id, productId, draft, Instant.now());
        return findSession(productId, id);
    }

    /**
     * Changes a session's details (typically the summary, written afterwards). Notes already taken keep
     * the customer they were given. {@code version} (when given) must be the one the editor read.
     */
    public InterviewSessionView updateSession(UUID productId, UUID sessionId, SessionDraft draft, Integer version) {
        access.product(productId, Role.CONTRIBUTOR);
        InterviewSessionView current = findSession(productId, sessionId);
        checkGuide(productId, draft);
        if (!sessions.update(productId, sessionId, version == null ? current.version() : version, draft)) {
            throw stale("session");
        }
        sessions.dropCoverageOutside(sessionId, draft.guideId());
        return findSession(productId, sessionId);
    }

    /** Deletes a session; its notes stay in the inbox. Editors and up. */
    public void deleteSession(UUID productId, UUID sessionId) {
        access.product(productId, Role.EDITOR);
        findSession(productId, sessionId);
        sessions.delete(productId, sessionId);
    }

    /**
     * Adds an observation or quote taken in the session to the inbox: source interview, dated the day
     * of the interview, the interviewee as customer, linked to the session. Contributors and up.
     */
    public NoteView addNote(UUID productId, UUID sessionId, String text, List<String> tags) {
        ProductAccess pa = access.product(productId, Role.CONTRIBUTOR);
        InterviewSessionView s = findSession(productId, sessionId);
        NewNote note = new NewNote(text, NoteSource.INTERVIEW, s.customer(), s.date(), tags, NoteState.NEW);
        UUID id = inbox.addFrom(pa, note, sessionId, null);
        return notes.find(productId, id).orElseThrow();
    }

    /** Ticks (or unticks) a question of the session's guide as covered. Contributors and up. */
    public InterviewSessionDetail markCovered(UUID productId, UUID sessionId, UUID questionId, boolean covered) {
        access.product(productId, Role.CONTRIBUTOR);
        InterviewSessionView s = findSession(productId, sessionId);
        if (s.guideId() == null
                || guides.questions(List.of(s.guideId())).getOrDefault(s.guideId(), List.of()).stream()
                        .noneMatch(q -> q.id().equals(questionId))) {
            throw new NotFoundException("question");
        }
        sessions.cover(sessionId, questionId, covered);
        return detail(productId, s);
    }

    /** How many sessions the product has and when the latest was held. */
    @Transactional(readOnly = true)
    public InterviewCount count(UUID productId) {
        access.product(productId, Role.VIEWER);
        InterviewSessions.Summary s = sessions.summary(productId);
        return new InterviewCount(s.count(), guides.count(productId), s.latest());
    }

    /** Sessions and guides of a product, and the date of the latest session (null without any). */
    public record InterviewCount(long sessions, long guides, java.time.LocalDate latest) {}

    private InterviewSessionDetail detail(UUID productId, InterviewSessionView s) {
        List<InterviewSessionDetail.ChecklistItem> checklist = new ArrayList<>();
        if (s.guideId() != null) {
            Set<UUID> covered = sessions.covered(s.id());
            for (GuideQuestion q : guides.questions(List.of(s.guideId())).getOrDefault(s.guideId(), List.of())) {
                checklist.add(new InterviewSessionDetail.ChecklistItem(
                        q.id(), q.position(), q.prompt(), covered.contains(q.id())));
            }
        }
        return new InterviewSessionDetail(s, checklist, notes.load(productId, sessions.noteIds(productId, s.id())));
    }

    private void checkGuide(UUID productId, SessionDraft draft) {
        if (draft.guideId() != null && guides.find(productId, draft.guideId()).isEmpty()) {
            throw new InvalidInputException("guideId", "There is no such interview guide in this product");
        }
    }

    private InterviewGuideView findGuide(UUID productId, UUID guideId) {
        return guides.find(productId, guideId).orElseThrow(() -> new NotFoundException("interview guide"));
    }

    private InterviewSessionView findSession(UUID productId, UUID sessionId) {
        return sessions.find(productId, sessionId).orElseThrow(() -> new NotFoundException("interview session"));
    }

    private static GuideQuestion question(InterviewGuideView g, UUID questionId) {
        return g.questions().stream()
                .filter(q -> q.id().equals(questionId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("question"));
    }

    private static ConflictException stale(String what) {
        return new ConflictException("someone else changed this " + what + "; reload it and apply your change again");
    }
}
