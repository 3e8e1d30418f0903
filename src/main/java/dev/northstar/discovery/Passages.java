package dev.northstar.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a quoted passage in a note's text. Exact matches win; otherwise runs of whitespace (a pasted
 * line break, a browser's CR LF) and typographic quotes are treated as equal, then letter case.
 * Offsets are Java string (UTF-16) indexes, the same unit browsers count in.
 */
final class Passages {

    record Span(int start, int end) {}

    private Passages() {}

    /** The occurrence of {@code quote} nearest to {@code hint}, as offsets into the original text. */
    static Optional<Span> locate(String text, String quote, int hint) {
        if (text == null || quote == null || quote.isBlank()) {
            return Optional.empty();
        }
        List<Integer> exact = new ArrayList<>();
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            exact.add(i);
        }
        if (!exact.isEmpty()) {
            int best = nearest(exact, hint, null);
            return Optional.of(new Span(best, best + quote.length()));
        }
        Normal t = normalise(text);
        String q = normalise(quote.strip()).text;
        for (boolean ignoreCase : new boolean[] {false, true}) {
            List<Integer> found = new ArrayList<>();
            for (int i = 0; i + q.length() <= t.text.length(); i++) {
                if (t.text.regionMatches(ignoreCase, i, q, 0, q.length())) {
                    found.add(i);
                }
            }
            if (!found.isEmpty()) {
                int best = nearest(found, hint, t.origin);
                return Optional.of(new Span(t.origin[best], t.origin[best + q.length() - 1] + 1));
            }
        }
        return Optional.empty();
    }

    private static int nearest(List<Integer> candidates, int hint, int[] origin) {
        int best = candidates.getFirst();
        for (int c : candidates) {
            int at = origin == null ? c : origin[c];
            int bestAt = origin == null ? best : origin[best];
            if (Math.abs(at - hint) < Math.abs(bestAt - hint)) {
                best = c;
            }
        }
        return best;
    }

    /** Text with whitespace runs as one space and curly quotes straightened; origin[i] is the source index of char i. */
    private record Normal(String text, int[] origin) {}

    private static Normal normalise(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int[] origin = new int[s.length()];
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space) {
                    origin[out.length()] = i;
                    out.append(' ');
                    space = true;
                }
                continue;
            }
            space = false;
            origin[out.length()] = i;
            out.append(
                    switch (c) {
                        case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
                        case '\u201C', '\u201D', '\u201F', '\u2033' -> '"';
                        default -> c;
                    });
        }
        return new Normal(out.toString(), origin);
    }
}
