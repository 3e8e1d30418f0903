package dev.northstar.practice;

import java.time.LocalDate;
import java.util.List;

/** Today's queue for one account as the command line prints it, with the next review date when it is empty. */
public record ReviewAgenda(String email, LocalDate today, List<ReviewQueueItem> cards, LocalDate nextReview) {

    public ReviewAgenda {
        cards = List.copyOf(cards);
    }
}
