package dev.northstar.roadmap;

import dev.northstar.common.InvalidInputException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stretch of whole months: a quarter ({@code 2027-Q1}) or a month ({@code 2027-01}). Keys sort in time order
 * within one granularity; overlaps are counted in months so quarters and months mix.
 */
public record Period(String key, Granularity granularity, YearMonth start) implements Comparable<Period> {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    public Period {
        if (granularity == Granularity.QUARTER && (start.getMonthValue() - 1) % 3 != 0) {
            throw new IllegalArgumentException("a quarter starts in January, April, July or October");
        }
    }

    /** The period of {@code granularity} holding {@code month}. */
    public static Period of(Granularity granularity, YearMonth month) {
        if (granularity == Granularity.QUARTER) {
            int q = (month.getMonthValue() - 1) / 3;
            YearMonth start = YearMonth.of(month.getYear(), q * 3 + 1);
            return new Period(month.getYear() + "-Q" + (q + 1), granularity, start);
        }
        return new Period(month.toString(), granularity, month);
    }

    public static Period containing(Granularity granularity, LocalDate date) {
        return of(granularity, YearMonth.from(date));
    }

    /** Parses {@code 2027-Q1} or {@code 2027-01}; anything else names {@code field}. */
    public static Period parse(String key, String field) {
        if (key == null || key.isBlank()) {
            throw new InvalidInputException(field, "a period is required, like 2027-Q1 or 2027-01");
        }
        String k = key.strip().toUpperCase(Locale.ROOT);
        Matcher q = QUARTER.matcher(k);
        if (q.matches()) {
            return of(
                    Granularity.QUARTER,
                    YearMonth.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1));
        }
        Matcher m = MONTH.matcher(k);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return of(Granularity.MONTH, YearMonth.of(Integer.parseInt(m.group(1)), month));
            }
        }
        throw new InvalidInputException(field, "'" + key.strip() + "' is not a period; use 2027-Q1 or 2027-01");
    }

    public int months() {
        return granularity.months();
    }

    /** The first month after this period. */
    public YearMonth end() {
        return start.plusMonths(months());
    }

    public Period next() {
        return of(granularity, end());
    }

    public LocalDate firstDay() {
        return start.atDay(1);
    }

    public LocalDate lastDay() {
        return end().atDay(1).minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    /** Whole months this period shares with {@code other}. */
    public int overlap(Period other) {
        YearMonth from = start.isAfter(other.start) ? start : other.start;
        YearMonth to = end().isBefore(other.end()) ? end() : other.end();
        return from.isBefore(to) ? (int) from.until(to, java.time.temporal.ChronoUnit.MONTHS) : 0;
    }

    /** {@code Q1 2027} or {@code Jan 2027}. */
    public String label() {
        if (granularity == Granularity.QUARTER) {
            return "Q" + ((start.getMonthValue() - 1) / 3 + 1) + " " + start.getYear();
        }
        return start.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + start.getYear();
    }

    /** {@code count} consecutive periods from this one. */
    public List<Period> following(int count) {
        List<Period> out = new ArrayList<>();
        Period p = this;
        for (int i = 0; i < count; i++) {
            out.add(p);
            p = p.next();
        }
        return out;
    }

    @Override
    public int compareTo(Period o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : Integer.compare(months(), o.months());
    }

    @Override
    public String toString() {
        return key;
    }
}
