package dev.northstar.discovery;

import dev.northstar.common.InvalidInputException;
import java.util.Collection;

/**
 * Net Promoter Score of a set of 0–10 answers: the percentage of promoters (9–10) minus the
 * percentage of detractors (0–6), rounded to a whole number between -100 and 100; passives (7–8)
 * count only in the total.
 */
public record Nps(int score, int promoters, int passives, int detractors) {

    public static Nps of(Collection<Integer> answers) {
        int promoters = 0;
        int passives = 0;
        int detractors = 0;
        for (int a : answers) {
            if (a < 0 || a > 10) {
                throw new InvalidInputException("nps", "an NPS answer must be between 0 and 10, not " + a);
            }
            if (a >= 9) {
                promoters++;
            } else if (a >= 7) {
                passives++;
            } else {
                detractors++;
            }
        }
        int total = promoters + passives + detractors;
        int score = total == 0 ? 0 : (int) Math.round(100.0 * (promoters - detractors) / total);
        return new Nps(score, promoters, passives, detractors);
    }

    public int answered() {
        return promoters + passives + detractors;
    }

    public int percent(int count) {
        return answered() == 0 ? 0 : (int) Math.round(100.0 * count / answered());
    }
}
