package dev.northstar.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names themes by the words that set them apart: class-based TF-IDF (c-TF-IDF), where all notes of
 * a theme count as one document, so a word scores high when it is frequent in the theme and rare
 * in the others. Words and two-word phrases both compete; plural forms count as one word.
 */
final class ThemeLabels {

    record Label(String label, List<String> keywords) {}

    static final int KEYWORDS = 6;
    static final int IN_LABEL = 3;
    /** Big themes are read from an even sample of their notes; the words that name a theme show up long before this. */
    static final int SAMPLE_PER_THEME = 1_000;
    /** Words found in more than this share of all notes, in at least a third of the themes, never name a theme. */
    static final double COMMON_SHARE = 0.12;

    private static final Set<String> STOP = Set.copyOf(List.of(
            "a",
            "about",
            "above",
            "after",
            "again",
            "against",
            "all",
            "almost",
            "also",
            "am",
            "an",
            "and",
            "any",
            "anyone",
            "anything",
            "are",
            "aren't",
            "as",
            "at",
            "be",
            "because",
            "been",
            "before",
            "being",
            "below",
            "between",
            "both",
            "but",
            "by",
            "can",
            "cannot",
            "can't",
            "could",
            "couldn't",
            "did",
            "didn't",
            "do",
            "does",
            "doesn't",
            "doing",
            "don't",
            "down",
            "during",
            "each",
            "either",
            "else",
            "even",
            "ever",
            "every",
            "few",
            "for",
            "from",
            "further",
            "get",
            "gets",
            "getting",
            "got",
            "had",
            "has",
            "hasn't",
            "have",
            "haven't",
            "having",
            "he",
            "her",
            "here",
            "hers",
            "herself",
            "him",
            "himself",
            "his",
            "how",
            "however",
            "i",
            "i'd",
            "i'll",
            "i'm",
            "i've",
            "if",
            "in",
            "into",
            "is",
            "isn't",
            "it",
            "it's",
            "its",
            "itself",
            "just",
            "let",
            "lets",
            "let's",
            "like",
            "make",
            "makes",
            "many",
            "may",
            "me",
            "might",
            "more",
            "most",
            "much",
            "must",
            "my",
            "myself",
            "need",
            "needs",
            "no",
            "nor",
            "not",
            "now",
            "of",
            "off",
            "often",
            "on",
            "once",
            "one",
            "only",
            "or",
            "other",
            "others",
            "our",
            "ours",
            "ourselves",
            "out",
            "over",
            "own",
            "please",
            "quite",
            "rather",
            "really",
            "same",
            "she",
            "should",
            "shouldn't",
            "so",
            "some",
            "something",
            "still",
            "such",
            "than",
            "that",
            "that's",
            "the",
            "their",
            "theirs",
            "them",
            "themselves",
            "then",
            "there",
            "there's",
            "these",
            "they",
            "they're",
            "thing",
            "things",
            "this",
            "those",
            "though",
            "through",
            "to",
            "too",
            "under",
            "until",
            "up",
            "upon",
            "us",
            "use",
            "used",
            "using",
            "very",
            "via",
            "want",
            "wants",
            "was",
            "wasn't",
            "we",
            "we're",
            "we've",
            "well",
            "were",
            "weren't",
            "what",
            "when",
            "where",
            "whether",
            "which",
            "while",
            "who",
            "whom",
            "why",
            "will",
            "with",
            "within",
            "without",
            "won't",
            "would",
            "wouldn't",
            "yet",
            "you",
            "you're",
            "your",
            "yours",
            "yourself",
            "yourselves",
            "etc",
            "able",
            "always",
            "never",
            "sometimes",
            "lot",
            "lots",
            "way",
            "bit",
            "kind",
            "sort",
            "going",
            "go",
            "goes",
            "see",
            "seems",
            "seem",
            "think",
            "know",
            "feel",
            "try",
            "tried",
            "trying",
            "keep",
            "keeps",
            "take",
            "takes",
            "put",
            "come",
            "comes",
            "say",
            "says",
            "said",
            "tell",
            "new",
            "day",
            "time",
            "times",
            "hi",
            "hello",
            "thanks",
            "thank",
            "great",
            "good",
            "nice",
            "love",
            "hate",
            "wish",
            "hope",
            "per",
            "lately",
            "today",
            "yesterday",
            "anymore",
            "everything",
            "everyone",
            "someone",
            "anybody",
            "nobody",
            "ask",
            "asks",
            "asked",
            "asking",
            "said",
            "told",
            "mentioned",
            "wanted",
            "needed",
            "look",
            "looks",
            "looking",
            "seeing",
            "saw",
            "seen",
            "next",
            "back",
            "reason",
            "people",
            "person",
            "last",
            "first",
            "since",
            "already",
            "actually",
            "probably",
            "maybe",
            "whole",
            "bit",
            "sure",
            "okay",
            "ok",
            "yes",
            "customer",
            "customers",
            "user",
            "users",
            "feature",
            "features",
            "issue",
            "issues",
            "problem",
            "problems"));

    private ThemeLabels() {}

    /** Labels for each cluster, given every note's text and its cluster number (0 … clusters-1). */
    static List<Label> label(List<String> texts, int[] clusterOf, int clusters) {
        boolean[] read = sample(clusterOf, clusters);
        Map<String, Integer> vocab = new HashMap<>();
        List<String> words = new ArrayList<>();
        List<Map<Long, int[]>> counts = new ArrayList<>(); // key → {occurrences, notes with it, last note counted}
        for (int c = 0; c < clusters; c++) {
            counts.add(new HashMap<>());
        }
        Map<Long, long[]> total = new HashMap<>();
        long[] wordsIn = new long[clusters];
        int[] notesRead = new int[clusters];
        for (int i = 0; i < texts.size(); i++) {
            if (!read[i]) {
                continue;
            }
            int c = clusterOf[i];
            notesRead[c]++;
            Map<Long, int[]> in = counts.get(c);
            int prev = -1;
            for (String token : tokens(texts.get(i))) {
                if (token == null) {
                    prev = -1;
                    continue;
                }
                int id = vocab.computeIfAbsent(stem(token), k -> {
                    words.add(k);
                    return words.size() - 1;
                });
                count(unigram(id), i, in, total);
                wordsIn[c]++;
                if (prev >= 0 && prev != id) {
                    count(bigram(prev, id), i, in, total);
                }
                prev = id;
            }
        }
        double avgWords = 0;
        for (long w : wordsIn) {
            avgWords += w;
        }
        avgWords = Math.max(1, avgWords / Math.max(1, clusters));
        // a word found all over the inbox (usually the product's own name) describes the inbox, not a theme
        Map<Long, Integer> notesWith = new HashMap<>();
        Map<Long, Integer> themesWith = new HashMap<>();
        int allRead = 0;
        for (int c = 0; c < clusters; c++) {
            allRead += notesRead[c];
            counts.get(c).forEach((key, v) -> {
                notesWith.merge(key, v[1], Integer::sum);
                themesWith.merge(key, 1, Integer::sum);
            });
        }
        int commonNotes = (int) Math.ceil(allRead * COMMON_SHARE);
        int commonThemes = Math.max(3, (clusters + 2) / 3);
        Set<Long> common = new java.util.HashSet<>();
        notesWith.forEach((key, n) -> {
            if (!isPhrase(key) && n > commonNotes && themesWith.get(key) >= commonThemes) {
                common.add(key);
            }
        });
        List<Picked> picked = new ArrayList<>();
        for (int c = 0; c < clusters; c++) {
            Map<Long, int[]> distinct = new HashMap<>(counts.get(c));
            distinct.keySet()
                    .removeIf(key -> common.contains(isPhrase(key) ? unigram((int) (key >>> 32)) : key)
                            || (isPhrase(key) && common.contains(unigram((int) (long) key))));
            picked.add(pick(distinct, total, notesRead[c], Math.max(1, wordsIn[c]), avgWords));
        }
        List<Map<Long, Map<String, Integer>>> forms = surfaceForms(texts, clusterOf, read, vocab, picked);
        List<Label> out = new ArrayList<>();
        for (int c = 0; c < clusters; c++) {
            List<String> keywords = new ArrayList<>();
            for (long key : picked.get(c).keys()) {
                keywords.add(display(key, words, forms.get(c).get(key)));
            }
            String label = keywords.isEmpty()
                    ? "Notes without a common word"
                    : capitalise(String.join(
                            ", ",
                            keywords.subList(
                                    0, Math.max(1, Math.min(picked.get(c).inLabel(), keywords.size())))));
            out.add(new Label(label, List.copyOf(keywords)));
        }
        return out;
    }

    /** Which notes are read: all of a small theme, an even spread of a big one. */
    private static boolean[] sample(int[] clusterOf, int clusters) {
        int[] sizes = new int[clusters];
        for (int c : clusterOf) {
            sizes[c]++;
        }
        int[] seen = new int[clusters];
        boolean[] read = new boolean[clusterOf.length];
        for (int i = 0; i < clusterOf.length; i++) {
            int c = clusterOf[i];
            int stride = Math.max(1, (sizes[c] + SAMPLE_PER_THEME - 1) / SAMPLE_PER_THEME);
            read[i] = seen[c]++ % stride == 0;
        }
        return read;
    }

    private static long unigram(int id) {
        return ((long) id << 32) | 0xFFFF_FFFFL;
    }

    private static long bigram(int first, int second) {
        return ((long) first << 32) | second;
    }

    private static boolean isPhrase(long key) {
        return (int) key != -1;
    }

    private static void count(long key, int note, Map<Long, int[]> in, Map<Long, long[]> total) {
        int[] c = in.computeIfAbsent(key, k -> new int[] {0, 0, -1});
        c[0]++;
        if (c[2] != note) {
            c[1]++;
            c[2] = note;
        }
        total.computeIfAbsent(key, k -> new long[1])[0]++;
    }

    private record Scored(long key, double score) {}

    private record Picked(List<Long> keys, int inLabel) {}

    private static Picked pick(
            Map<Long, int[]> counts, Map<Long, long[]> total, int notes, long words, double avgWords) {
        // in a theme of several notes a keyword must come from at least two of them, or one chatty note names the
        // theme;
        // the label takes only such words, the keyword list is topped up with the best of the rest
        int minDf = Math.min(2, notes);
        List<Scored> shared = new ArrayList<>();
        List<Scored> rest = new ArrayList<>();
        for (Map.Entry<Long, int[]> e : counts.entrySet()) {
            long key = e.getKey();
            boolean phrase = isPhrase(key);
            int df = e.getValue()[1];
            if (phrase && df < minDf) {
                continue;
            }
            double score = (e.getValue()[0] / (double) words) * Math.log(1 + avgWords / total.get(key)[0]);
            if (phrase) {
                score *= 1.3;
            }
            (df >= minDf ? shared : rest).add(new Scored(key, score));
        }
        Comparator<Scored> best =
                Comparator.comparingDouble(Scored::score).reversed().thenComparingLong(Scored::key);
        shared.sort(best);
        List<Long> keys = choose(shared, KEYWORDS);
        int inLabel = Math.min(IN_LABEL, keys.size());
        if (keys.size() < IN_LABEL) {
            rest.sort(best);
            for (long k : choose(rest, KEYWORDS)) {
                if (keys.size() < KEYWORDS && !keys.contains(k)) {
                    keys.add(k);
                }
            }
            if (inLabel == 0) {
                inLabel = Math.min(IN_LABEL, keys.size());
            }
        }
        return new Picked(keys, inLabel);
    }

    /** The best keys in order; a phrase replaces the single words it contains, a word inside a chosen phrase is skipped. */
    private static List<Long> choose(List<Scored> scored, int max) {
        List<Long> keys = new ArrayList<>();
        for (Scored s : scored) {
            if (keys.size() >= max) {
                break;
            }
            long key = s.key();
            if (isPhrase(key)) {
                keys.removeIf(k -> k == unigram((int) (key >>> 32)) || k == unigram((int) key));
                keys.add(key);
            } else if (keys.stream()
                    .noneMatch(
                            k -> isPhrase(k) && (unigram((int) (k >>> 32)) == key || unigram((int) (long) k) == key))) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** How the notes of each theme actually spell its chosen keys ("meetings" for the key "meeting"). */
    private static List<Map<Long, Map<String, Integer>>> surfaceForms(
            List<String> texts, int[] clusterOf, boolean[] read, Map<String, Integer> vocab, List<Picked> picked) {
        List<Map<Long, Map<String, Integer>>> forms = new ArrayList<>();
        for (Picked p : picked) {
            Map<Long, Map<String, Integer>> m = new HashMap<>();
            p.keys().forEach(k -> m.put(k, new HashMap<>()));
            forms.add(m);
        }
        for (int i = 0; i < texts.size(); i++) {
            if (!read[i]) {
                continue;
            }
            Map<Long, Map<String, Integer>> m = forms.get(clusterOf[i]);
            int prev = -1;
            String prevWord = null;
            for (String token : tokenize(texts.get(i), true)) {
                if (token == null) {
                    prev = -1;
                    continue;
                }
                int id = vocab.getOrDefault(stem(token.toLowerCase(Locale.ROOT)), -1);
                Map<String, Integer> f = m.get(unigram(id));
                if (f != null) {
                    f.merge(token, 1, Integer::sum);
                }
                if (prev >= 0 && prev != id) {
                    Map<String, Integer> g = m.get(bigram(prev, id));
                    if (g != null) {
                        g.merge(prevWord + " " + token, 1, Integer::sum);
                    }
                }
                prev = id;
                prevWord = token;
            }
        }
        return forms;
    }

    /** The most frequent spelling, ties to the alphabetically first. */
    private static String display(long key, List<String> words, Map<String, Integer> forms) {
        String fallback = isPhrase(key)
                ? words.get((int) (key >>> 32)) + " " + words.get((int) key)
                : words.get((int) (key >>> 32));
        if (forms == null || forms.isEmpty()) {
            return fallback;
        }
        return forms.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .orElse(fallback);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Lower-case words with stop words replaced by null, so phrases never span them. */
    static List<String> tokens(String text) {
        return tokenize(text, false);
    }

    /**
     * The words of a text, stop words and punctuation as null. With {@code keepCase} a word keeps its
     * capitals unless it starts a sentence, so names read right in labels ("Outlook", "SSO") while
     * ordinary words stay lower-case.
     */
    static List<String> tokenize(String text, boolean keepCase) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean sentenceStart = true;
        boolean wordStartsSentence = true;
        for (int i = 0; i <= text.length(); i++) {
            char ch = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(ch) || ((ch == '\'' || ch == '’' || ch == '-') && !word.isEmpty())) {
                if (word.isEmpty()) {
                    wordStartsSentence = sentenceStart;
                }
                word.append(ch == '’' ? '\'' : ch);
            } else {
                if (!word.isEmpty()) {
                    String raw = clean(word.toString());
                    String lower = raw.toLowerCase(Locale.ROOT);
                    boolean kept = keep(lower);
                    out.add(!kept ? null : keepCase && !wordStartsSentence ? raw : lower);
                    word.setLength(0);
                    sentenceStart = false;
                }
                if (ch == '.'
                        || ch == '!'
                        || ch == '?'
                        || ch == ':'
                        || ch == '\n'
                        || ch == '('
                        || ch == '"'
                        || ch == '“') {
                    sentenceStart = true;
                }
                if (!Character.isWhitespace(ch) && !out.isEmpty() && out.getLast() != null) {
                    out.add(null); // punctuation ends a phrase
                }
            }
        }
        return out;
    }

    private static String clean(String raw) {
        String w = raw;
        while (!w.isEmpty() && (w.endsWith("'") || w.endsWith("-"))) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("'s") || w.endsWith("'S")) {
            w = w.substring(0, w.length() - 2);
        }
        return w;
    }

    private static boolean keep(String w) {
        return w.length() >= 2 && !STOP.contains(w) && !w.chars().allMatch(Character::isDigit);
    }

    /** A light English plural folding: meetings → meeting, policies → policy, boxes → box, classes → class. */
    static String stem(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
