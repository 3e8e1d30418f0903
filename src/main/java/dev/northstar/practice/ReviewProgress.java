package dev.northstar.practice;

import dev.northstar.common.InvalidInputException;
import dev.northstar.workspace.Access;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How the signed-in user's spaced repetition went, per category or per skill, week by week. */
@Service
@Transactional(readOnly = true)
public class ReviewProgress {

    public static final int DEFAULT_WEEKS = 12;
    public static final int MAX_WEEKS = 104;
    static final double MATURE_DAYS = 21;

    private final Access access;
    private final ReviewDeck deck;
    private final ReviewLogs logs;
    private final ReviewPreferences preferences;

    ReviewProgress(Access access, ReviewDeck deck, ReviewLogs logs, ReviewPreferences preferences) {
        this.access = access;
        this.deck = deck;
        this.logs = logs;
        this.preferences = preferences;
    }

    /**
     * The last {@code weeks} weeks (1–104, default 12) up to this one, grouped by "category" (default) or "skill";
     * 400 naming {@code by} or {@code weeks} otherwise.
     */
    public ProgressReport progress(String by, Integer weeks) {
        String grouping = by == null || by.isBlank() ? "category" : by.strip().toLowerCase(Locale.ROOT);
        if (!grouping.equals("category") && !grouping.equals("skill")) {
            throw new InvalidInputException("by", "by must be category or skill");
        }
        int n = weeks == null ? DEFAULT_WEEKS : weeks;
        if (n < 1 || n > MAX_WEEKS) {
            throw new InvalidInputException("weeks", "weeks must be between 1 and " + MAX_WEEKS);
        }
        return progress(access.current().userId(), grouping, n, Instant.now());
    }

    ProgressReport progress(UUID user, String by, int weekCount, Instant now) {
        ZoneId zone = ZoneId.of(preferences.of(user).timeZone());
        LocalDate thisWeek = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> weeks = new ArrayList<>();
        for (int i = weekCount - 1; i >= 0; i--) {
            weeks.add(thisWeek.minusWeeks(i));
        }
        Map<String, String> groups = by.equals("skill") ? skills() : ReviewDeck.categories();
        Function<ReviewCard, List<String>> groupsOf =
                by.equals("skill") ? ReviewCard::skills : c -> List.of(c.category());
        Map<String, Integer> sizes = new HashMap<>();
        for (ReviewCard c : deck.cards()) {
            for (String g : groupsOf.apply(c)) {
                sizes.merge(g, 1, Integer::sum);
            }
        }

        // the whole history: learned and mature at a week's end depend on reviews before the window
        List<ReviewLogs.Entry> entries = logs.since(user, Instant.EPOCH);
        Instant windowStart = weeks.getFirst().atStartOfDay(zone).toInstant();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        tallies.put("", new Tally(weekCount));
        groups.keySet().forEach(g -> tallies.put(g, new Tally(weekCount)));
        Map<String, ReviewLogs.Entry> latest = new HashMap<>();
        int next = 0;
        for (int w = 0; w < weekCount; w++) {
            Instant weekEnd = weeks.get(w).plusWeeks(1).atStartOfDay(zone).toInstant();
            while (next < entries.size() && entries.get(next).reviewedAt().isBefore(weekEnd)) {
                ReviewLogs.Entry e = entries.get(next++);
                ReviewCard card = deck.card(e.cardId()).orElse(null);
                if (card == null) {
                    continue;
                }
                latest.put(e.cardId(), e);
                if (!e.reviewedAt().isBefore(windowStart)) {
                    int week = w;
                    tallies.get("").add(week, e);
                    groupsOf.apply(card).forEach(g -> {
                        Tally t = tallies.get(g);
                        if (t != null) {
                            t.add(week, e);
                        }
                    });
                }
            }
            for (ReviewLogs.Entry e : latest.values()) {
                ReviewCard card = deck.card(e.cardId()).orElseThrow();
                List<String> keys = new ArrayList<>(groupsOf.apply(card));
                keys.add("");
                for (String g : keys) {
                    Tally t = tallies.get(g);
                    if (t != null) {
                        t.snapshot(w, e);
                    }
                }
            }
        }
        ProgressReport.ProgressGroup overall = tallies.get("").group("all", "All cards", deck.size(), weeks);
        List<ProgressReport.ProgressGroup> out = new ArrayList<>();
        groups.forEach((key, label) -> out.add(tallies.get(key).group(key, label, sizes.getOrDefault(key, 0), weeks)));
        return new ProgressReport(by, weeks, overall, out);
    }

    private static Map<String, String> skills() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Skill s : Skill.values()) {
            out.put(s.key(), s.label());
        }
        return out;
    }

    /** Counts for one group, week by week. */
    private static final class Tally {
        final int[] reviews;
        final int[] scoreSum;
        final int[] recalled;
        final int[] learned;
        final int[] mature;

        Tally(int weeks) {
            reviews = new int[weeks];
            scoreSum = new int[weeks];
            recalled = new int[weeks];
            learned = new int[weeks];
            mature = new int[weeks];
        }

        void add(int week, ReviewLogs.Entry e) {
            reviews[week]++;
            scoreSum[week] += e.score();
            if (e.grade() != FsrsGrade.AGAIN) {
                recalled[week]++;
            }
        }

        void snapshot(int week, ReviewLogs.Entry latest) {
            if (latest.grade() != FsrsGrade.AGAIN) {
                learned[week]++;
            }
            if (latest.stability() >= MATURE_DAYS) {
                mature[week]++;
            }
        }

        ProgressReport.ProgressGroup group(String key, String label, int cards, List<LocalDate> weeks) {
            List<ProgressReport.ProgressWeek> rows = new ArrayList<>();
            int totalReviews = 0;
            int totalScore = 0;
            int totalRecalled = 0;
            for (int w = 0; w < weeks.size(); w++) {
                rows.add(new ProgressReport.ProgressWeek(
                        weeks.get(w),
                        reviews[w],
                        ratio(scoreSum[w], reviews[w]),
                        ratio(recalled[w], reviews[w]),
                        learned[w],
                        mature[w]));
                totalReviews += reviews[w];
                totalScore += scoreSum[w];
                totalRecalled += recalled[w];
            }
            int last = weeks.size() - 1;
            ProgressReport.ProgressWeek total = new ProgressReport.ProgressWeek(
                    null,
                    totalReviews,
                    ratio(totalScore, totalReviews),
                    ratio(totalRecalled, totalReviews),
                    learned[last],
                    mature[last]);
            return new ProgressReport.ProgressGroup(key, label, cards, rows, total);
        }

        private static Double ratio(int part, int whole) {
            return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
        }
    }
}
