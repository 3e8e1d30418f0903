package dev.northstar.discovery;

import dev.northstar.common.OverviewCard;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Overview cards: how many interviews were held, and the NPS of the latest survey that measured it. */
@Component
class ResearchOverview implements OverviewCard.Contributor {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Interviews interviews;
    private final Surveys surveys;

    ResearchOverview(Interviews interviews, Surveys surveys) {
        this.interviews = interviews;
        this.surveys = surveys;
    }

    @Override
    public List<OverviewCard> cards(UUID productId) {
        List<OverviewCard> cards = new ArrayList<>();
        String base = "/products/" + productId;
        Interviews.InterviewCount count = interviews.count(productId);
        if (count.sessions() == 0) {
            cards.add(new OverviewCard(
                    40,
                    "Interviews",
                    "0",
                    count.guides() == 0
                            ? "No interviews yet. Write a guide, then record your first session."
                            : "No sessions yet. Talk to a customer and take notes as you go.",
                    base + "/interviews",
                    "Start interviewing",
                    List.of()));
        } else {
            cards.add(new OverviewCard(
                    40,
                    "Interviews",
                    String.valueOf(count.sessions()),
                    (count.sessions() == 1 ? "session" : "sessions") + ", the latest on " + DAY.format(count.latest())
                            + " · " + count(count.guides(), "guide"),
                    base + "/interviews",
                    null,
                    List.of()));
        }
        cards.add(surveys.latestNps(productId)
                .map(l -> new OverviewCard(
                        45,
                        "Survey NPS",
                        (l.nps().score() > 0 ? "+" : "") + l.nps().score(),
                        "“" + l.survey().title() + "”, " + count(l.nps().answered(), "answer"),
                        base + "/surveys/" + l.survey().id() + "/results",
                        null,
                        List.of(count(l.nps().promoters(), "promoter") + " · "
                                + count(l.nps().passives(), "passive") + " · "
                                + count(l.nps().detractors(), "detractor"))))
                .orElseGet(() -> new OverviewCard(
                        45,
                        "Survey NPS",
                        null,
                        "No NPS answers yet. Create a survey with an NPS question and share its public link.",
                        base + "/surveys",
                        "Create a survey",
                        List.of())));
        return cards;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
