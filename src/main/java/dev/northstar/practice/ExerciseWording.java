package dev.northstar.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording rules the exercise checkers share: whether a metric can be measured, whether a North Star is a vanity
 * metric, whether an audience is specific, whether a segment is only demographics. They read words, not meaning, so
 * every message says what to add rather than claiming the idea is wrong.
 */
final class ExerciseWording {

    private ExerciseWording() {}

    /** A set of words that tolerates repeats, so the lists can be edited freely. */
    private static Set<String> setOf(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*|[%$€£#]");

    /** Aims that are real but cannot be counted without saying how. */
    private static final Set<String> VAGUE = setOf(
            "happiness",
            "happy",
            "happier",
            "satisfaction",
            "satisfied",
            "love",
            "loved",
            "delight",
            "delighted",
            "joy",
            "awareness",
            "brand",
            "loyalty",
            "trust",
            "sentiment",
            "perception",
            "buzz",
            "vibe",
            "vibes",
            "quality",
            "success",
            "experience",
            "engagement",
            "wellbeing",
            "well-being",
            "feel",
            "feeling",
            "feelings",
            "mood",
            "excitement",
            "passion",
            "goodwill",
            "reputation",
            "stickiness");

    /** Words that name how a thing is counted or measured. */
    private static final Set<String> MEASURES = setOf(
            "%",
            "$",
            "€",
            "£",
            "#",
            "percent",
            "percentage",
            "rate",
            "ratio",
            "share",
            "number",
            "count",
            "average",
            "avg",
            "median",
            "mean",
            "total",
            "sum",
            "time",
            "minutes",
            "mins",
            "hours",
            "seconds",
            "days",
            "per",
            "score",
            "nps",
            "csat",
            "ces",
            "rating",
            "ratings",
            "survey",
            "revenue",
            "arr",
            "mrr",
            "gmv",
            "ltv",
            "cac",
            "arpu",
            "arpa",
            "churn",
            "retention",
            "retained",
            "conversion",
            "dau",
            "wau",
            "mau",
            "daily",
            "weekly",
            "monthly",
            "within");

    private static final Set<String> RATIOS = setOf(
            "%",
            "percent",
            "percentage",
            "rate",
            "ratio",
            "share",
            "average",
            "avg",
            "median",
            "mean",
            "score",
            "nps",
            "csat",
            "ces",
            "rating",
            "ratings",
            "conversion",
            "minutes",
            "mins",
            "hours",
            "seconds",
            "arpu",
            "arpa",
            "ltv",
            "cac",
            "dau",
            "wau",
            "mau",
            "arr",
            "mrr");

    private static final Pattern WINDOW = Pattern.compile(
            "\\b(daily|weekly|monthly|quarterly|yearly|annual|annually|nightly|hourly)\\b"
                    + "|\\b(per|a|each|every|this|last|next|by) (day|week|month|quarter|year|session|visit|night|hour)s?\\b"
                    + "|\\bwithin\\b|\\bin (the )?(first|last|past|next) \\d*\\s*\\w+"
                    + "|\\b\\d+[- ]?(day|week|month|hour|minute)s?\\b"
                    + "|\\b(day|week|month)[- ]?\\d+\\b|\\b[dwm]\\d+\\b|\\bl\\d+\\b"
                    + "|\\b(dau|wau|mau|arr|mrr)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern VANITY = Pattern.compile(
            "\\b(sign[- ]?ups?|registrations?|registered (users|accounts)|downloads?|installs?|page ?views?|views|"
                    + "followers?|likes|impressions|visits|visitors|hits|app opens|accounts created)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CUMULATIVE =
            Pattern.compile("\\b(total|cumulative|all[- ]time|lifetime|to date|ever)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUALIFIED = Pattern.compile("\\b(who|that|which|after|and then)\\b\\s+\\w+");
    private static final Pattern HEADCOUNT = Pattern.compile(
            "^(the )?(number of |total |# ?)?(users|customers|accounts|members|people|subscribers)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REVENUE = Pattern.compile(
            "^(total |monthly |annual |yearly |quarterly |weekly )?(revenue|sales|profit|arr|mrr|income|bookings value)"
                    + "( per (month|year|quarter|week))?$",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> GENERIC_PEOPLE = setOf(
            "users",
            "user",
            "people",
            "person",
            "persons",
            "customers",
            "customer",
            "consumers",
            "consumer",
            "individuals",
            "humans",
            "everyone",
            "everybody",
            "anyone",
            "anybody",
            "businesses",
            "companies",
            "public",
            "world",
            "clients",
            "buyers",
            "shoppers",
            "audience",
            "market",
            "masses",
            "somebody",
            "someone");
    private static final Pattern EVERYONE = Pattern.compile(
            "\\b(everyone|everybody|anyone|anybody|all users|all people|all customers|general public|the masses|"
                    + "the whole world|any user|every user)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> FILLER = setOf(
            "the",
            "a",
            "an",
            "all",
            "of",
            "our",
            "who",
            "any",
            "kind",
            "kinds",
            "type",
            "types",
            "and",
            "or",
            "in",
            "for",
            "with",
            "that",
            "this",
            "these",
            "those",
            "to",
            "on",
            "at",
            "is",
            "are",
            "be",
            "it",
            "its",
            "from",
            "by",
            "as",
            "many",
            "most",
            "some",
            "every",
            "each",
            "lots",
            "various",
            "different",
            "over",
            "under",
            "above",
            "below",
            "between",
            "than",
            "more",
            "less",
            "aged",
            "age",
            "ages",
            "living",
            "live",
            "lives",
            "based",
            "located",
            "earning",
            "earn",
            "earns",
            "making",
            "make",
            "makes",
            "with",
            "year",
            "years",
            "old",
            "per",
            "annum",
            "plus",
            "to",
            "around",
            "about",
            "roughly",
            "approximately");
    private static final Set<String> DEMOGRAPHIC = setOf(
            "age",
            "aged",
            "ages",
            "years",
            "old",
            "young",
            "younger",
            "older",
            "elderly",
            "seniors",
            "teens",
            "teenagers",
            "adults",
            "millennials",
            "boomers",
            "gen",
            "z",
            "male",
            "female",
            "males",
            "females",
            "men",
            "women",
            "man",
            "woman",
            "gender",
            "income",
            "incomes",
            "earning",
            "earners",
            "salary",
            "wealthy",
            "affluent",
            "rich",
            "poor",
            "low-income",
            "high-income",
            "middle-income",
            "middle-class",
            "class",
            "household",
            "households",
            "urban",
            "rural",
            "suburban",
            "city",
            "cities",
            "town",
            "towns",
            "country",
            "countries",
            "region",
            "regions",
            "area",
            "areas",
            "living",
            "located",
            "based",
            "residents",
            "married",
            "single",
            "k",
            "$",
            "€",
            "£");

    /** Lower-case words (and the symbols % $ € £ #) of a text. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static int wordCount(String text) {
        return (int) words(text).stream()
                .filter(w -> Character.isLetterOrDigit(w.charAt(0)))
                .count();
    }

    /**
     * Why a metric cannot be measured as written, or null: a vague aim (happiness, brand love) without a score or a
     * count behind it, or no countable event or unit at all.
     */
    static String unmeasurable(String metric) {
        List<String> words = words(metric);
        if (words.isEmpty()) {
            return null;
        }
        String vague = words.stream().filter(VAGUE::contains).findFirst().orElse(null);
        boolean strong = words.stream().anyMatch(w -> MEASURES.contains(w) || w.matches(".*\\d.*"));
        boolean countable = words.stream().anyMatch(ExerciseWording::countableWord);
        if (vague != null && !strong) {
            return ExerciseFindings.quote(metric) + " cannot be measured as written: “" + vague
                    + "” has no countable event. Measure it through a survey score or something people do"
                    + " (e.g. % of users who rate it 4 or 5 each month).";
        }
        if (!strong && !countable) {
            return ExerciseFindings.quote(metric)
                    + " does not say what is counted: name the event or unit and the time window"
                    + " (e.g. meetings booked per team per week).";
        }
        return null;
    }

    /** True when the metric says over what time it is counted, or is a ratio or average that needs none. */
    static boolean hasWindow(String metric) {
        if (metric == null) {
            return false;
        }
        return WINDOW.matcher(metric).find() || words(metric).stream().anyMatch(RATIOS::contains);
    }

    /** Why a North Star is a vanity metric, or null. */
    static String vanity(String metric) {
        if (metric == null || metric.isBlank()) {
            return null;
        }
        String m = metric.strip();
        boolean qualified = QUALIFIED.matcher(m.toLowerCase(Locale.ROOT)).find();
        Matcher v = VANITY.matcher(m);
        if (v.find() && !qualified) {
            return ExerciseFindings.quote(m) + " is a vanity metric: "
                    + v.group().toLowerCase(Locale.ROOT)
                    + " can rise while nobody gets value. Count what people do after arriving"
                    + " (e.g. sign-ups who complete a first task within a week).";
        }
        Matcher c = CUMULATIVE.matcher(m);
        if (c.find() && !WINDOW.matcher(m).find()) {
            return ExerciseFindings.quote(m) + " is a vanity metric: a "
                    + c.group().toLowerCase(Locale.ROOT)
                    + " count only ever grows, so it cannot tell you whether things got better this week.";
        }
        if (HEADCOUNT.matcher(m).matches()) {
            return ExerciseFindings.quote(m)
                    + " counts people, not value: say what they do that shows they got value"
                    + " (e.g. teams that book a meeting each week).";
        }
        if (REVENUE.matcher(m).matches()) {
            return ExerciseFindings.quote(m)
                    + " measures what the business captures, not the value customers get;"
                    + " choose the customer behaviour that drives it.";
        }
        return null;
    }

    /** True when a reason talks about value for customers, not only about the business. */
    static boolean mentionsValue(String reason) {
        return words(reason).stream()
                .anyMatch(w -> w.startsWith("value")
                        || w.startsWith("customer")
                        || w.startsWith("user")
                        || w.startsWith("benefit")
                        || w.startsWith("need")
                        || w.startsWith("problem")
                        || w.startsWith("help")
                        || w.startsWith("save")
                        || w.startsWith("succeed")
                        || w.startsWith("job")
                        || w.startsWith("outcome")
                        || w.startsWith("listener")
                        || w.startsWith("people")
                        || w.startsWith("team")
                        || w.startsWith("member")
                        || w.startsWith("buyer")
                        || w.startsWith("seller")
                        || w.startsWith("rider")
                        || w.startsWith("guest")
                        || w.startsWith("patient")
                        || w.startsWith("learner")
                        || w.startsWith("student")
                        || w.startsWith("reader")
                        || w.startsWith("player")
                        || w.startsWith("get")
                        || w.startsWith("gain"));
    }

    /** Why an audience is too vague ("everyone", "users"), or null. */
    static String vagueAudience(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher e = EVERYONE.matcher(text);
        if (e.find()) {
            return "“" + e.group() + "” is not a target: name a role, a situation or a behaviour you could find this"
                    + " week (e.g. freelance designers with three or more clients).";
        }
        List<String> content = words(text).stream()
                .filter(w -> !FILLER.contains(w))
                .filter(w -> Character.isLetter(w.charAt(0)))
                .toList();
        if (!content.isEmpty() && GENERIC_PEOPLE.containsAll(content)) {
            return ExerciseFindings.quote(text)
                    + " could be anyone: say which people, in what situation, trying to do what.";
        }
        if (content.size() < 3) {
            return ExerciseFindings.quote(text)
                    + " is too short to picture someone: add their role, situation or what they are trying to do.";
        }
        return null;
    }

    /**
     * True when a segment is described only by demographics (age, gender, location, income): it names at least one
     * demographic and leaves fewer than two words that say what the people do or need.
     */
    static boolean demographicOnly(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String cleaned =
                text.replaceAll("\\b(in|from)\\s+(the\\s+)?\\p{Lu}[\\p{L}-]*(\\s+\\p{Lu}[\\p{L}-]*)*", " area ");
        List<String> words = words(cleaned);
        boolean demographic = words.stream().anyMatch(w -> DEMOGRAPHIC.contains(w) || w.matches("\\d+s?"));
        long rest = words.stream()
                .filter(w -> Character.isLetter(w.charAt(0)))
                .filter(w -> !DEMOGRAPHIC.contains(w) && !FILLER.contains(w) && !GENERIC_PEOPLE.contains(w))
                .filter(w -> !w.matches("\\d.*"))
                .count();
        return demographic && rest < 2;
    }

    private static boolean countableWord(String w) {
        if (w.length() < 4 || VAGUE.contains(w)) {
            return false;
        }
        if (w.endsWith("ed")) {
            return true;
        }
        return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("ness") && !w.endsWith("us") && !w.endsWith("is");
    }
}
