package dev.northstar.interchange;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;

/**
 * Indents the outer structure of a backup and keeps each row on one line, so a backup reads well,
 * diffs line by line and stays small.
 */
final class RowPerLine implements PrettyPrinter {

    /** Containers at this depth or deeper (the rows) are written on one line. */
    private static final int INLINE_DEPTH = 4;

    private int depth;

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {}

    @Override
    public void writeStartObject(JsonGenerator g) {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {
        newline(g);
    }

    @Override
    public void writeObjectNameValueSeparator(JsonGenerator g) {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) {
        g.writeRaw(',');
        if (depth < INLINE_DEPTH) {
            newline(g);
        } else {
            g.writeRaw(' ');
        }
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) {
        close(g, entries, '}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) {
        g.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
        newline(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) {
        writeObjectEntrySeparator(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) {
        close(g, values, ']');
    }

    private void close(JsonGenerator g, int entries, char bracket) {
        boolean outer = depth < INLINE_DEPTH;
        depth--;
        if (entries > 0 && outer) {
            newline(g);
        }
        g.writeRaw(bracket);
    }

    private void newline(JsonGenerator g) {
        if (depth < INLINE_DEPTH) {
            g.writeRaw("\n" + "  ".repeat(depth));
        }
    }
}
