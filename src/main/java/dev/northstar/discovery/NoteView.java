package dev.northstar.discovery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A note in the inbox with its customers (several after a merge) and tags. */
public record NoteView(
        UUID id,
        UUID productId,
        String text,
        NoteSource source,
        LocalDate date,
        NoteState state,
        List<Customer> customers,
        List<String> tags,
        UUID interviewSessionId,
        UUID surveyResponseId,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    /** The first customer, or an empty one. */
    public Customer customer() {
        return customers.isEmpty() ? Customer.NONE : customers.getFirst();
    }

    public String excerpt(int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
    }
}
