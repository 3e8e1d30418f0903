package dev.northstar.discovery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An interview session: the interviewee, the date, the guide used (if any) and how many notes it produced. */
public record InterviewSessionView(
        UUID id,
        UUID productId,
        UUID guideId,
        String guideTitle,
        String interviewee,
        String company,
        String segment,
        String plan,
        LocalDate date,
        String summary,
        long noteCount,
        Instant createdAt,
        int version) {

    public Customer customer() {
        return new Customer(interviewee, company, segment, plan, null);
    }
}
