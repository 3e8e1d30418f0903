package dev.northstar.discovery;

import java.util.ArrayList;
import java.util.List;

/**
 * A note's tags as they sit in {@code notes.tags}: a JSON array of strings in sorted order, e.g.
 * {@code ["export","performance"]}, or null for none (V2_17). Written by hand because every note of an
 * import passes through here; the reader also takes control characters unescaped, as V2_17 wrote them.
 */
final class TagColumn {

    private TagColumn() {}

    /** The column value for these tags: sorted, or null when there are none. */
    static String write(List<String> tags) {
        if (tags.isEmpty()) {
            return null;
        }
        String[] sorted = tags.toArray(String[]::new);
        if (sorted.length > 1) {
            java.util.Arrays.sort(sorted);
        }
        StringBuilder sb = new StringBuilder(16 * sorted.length).append('[');
        for (String tag : sorted) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"');
            for (int i = 0; i < tag.length(); i++) {
                char c = tag.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            sb.append(String.format("\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            sb.append('"');
        }
        return sb.append(']').toString();
    }

    /** The tags of a column value, sorted; an empty list for null. */
    static List<String> read(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        int i = expect(column, 0, '[');
        i = skipSpace(column, i);
        if (i < column.length() && column.charAt(i) == ']') {
            return List.of();
        }
        while (true) {
            i = expect(column, skipSpace(column, i), '"');
            StringBuilder tag = new StringBuilder();
            while (true) {
                if (i >= column.length()) {
                    throw malformed(column);
                }
                char c = column.charAt(i++);
                if (c == '"') {
                    break;
                }
                if (c != '\\') {
                    tag.append(c);
                    continue;
                }
                if (i >= column.length()) {
                    throw malformed(column);
                }
                char e = column.charAt(i++);
                switch (e) {
                    case 'n' -> tag.append('\n');
                    case 'r' -> tag.append('\r');
                    case 't' -> tag.append('\t');
                    case 'b' -> tag.append('\b');
                    case 'f' -> tag.append('\f');
                    case 'u' -> {
                        if (i + 4 > column.length()) {
                            throw malformed(column);
                        }
                        try {
                            tag.append((char) Integer.parseInt(column.substring(i, i + 4), 16));
                        } catch (NumberFormatException x) {
                            throw malformed(column);
                        }
                        i += 4;
                    }
                    default -> tag.append(e);
                }
            }
            tags.add(tag.toString());
            i = skipSpace(column, i);
            if (i < column.length() && column.charAt(i) == ',') {
                i++;
                continue;
            }
            expect(column, i, ']');
            break;
        }
        if (tags.size() > 1) {
            tags.sort(null);
        }
        return List.copyOf(tags);
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int expect(String s, int i, char c) {
        if (i >= s.length() || s.charAt(i) != c) {
            throw malformed(s);
        }
        return i + 1;
    }

    private static IllegalStateException malformed(String column) {
        return new IllegalStateException("notes.tags is not a JSON array of strings: " + column);
    }
}
