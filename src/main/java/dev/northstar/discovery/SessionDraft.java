package dev.northstar.discovery;

import dev.northstar.common.Checks;
import java.time.LocalDate;
import java.util.UUID;

/** An interview session as entered: who was interviewed, when, with which guide, and a summary. */
public record SessionDraft(
        String interviewee, String company, String segment, String plan, LocalDate date, UUID guideId, String summary) {

    public SessionDraft {
        interviewee = Checks.trimToNull(interviewee);
        company = Checks.trimToNull(company);
        segment = Checks.trimToNull(segment);
        plan = Checks.trimToNull(plan);
        summary = Checks.trimToNull(summary);
        Checks.start()
                .notBlank(interviewee, "interviewee", "Interviewee")
                .maxLength(interviewee, 200, "interviewee", "Interviewee")
                .maxLength(company, 200, "company", "Company")
                .maxLength(segment, 200, "segment", "Segment")
                .maxLength(plan, 100, "plan", "Plan")
                .require(date != null, "date", "Date is required")
                .require(
                        date == null || (date.getYear() >= 1970 && date.getYear() <= 2100),
                        "date",
                        "Date must be between 1970 and 2100")
                .maxLength(summary, 8000, "summary", "Summary")
                .orThrow();
    }

    /** The interviewee as the customer of the session's notes. */
    public Customer customer() {
        return new Customer(interviewee, company, segment, plan, null);
    }
}
