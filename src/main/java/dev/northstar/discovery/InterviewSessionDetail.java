package dev.northstar.discovery;

import java.util.List;
import java.util.UUID;

/** A session with its guide's questions as a checklist (ticked when covered) and its notes, oldest first. */
public record InterviewSessionDetail(
        InterviewSessionView session, List<ChecklistItem> checklist, List<NoteView> notes) {

    public record ChecklistItem(UUID questionId, int position, String prompt, boolean covered) {}

    public long coveredCount() {
        return checklist.stream().filter(ChecklistItem::covered).count();
    }
}
