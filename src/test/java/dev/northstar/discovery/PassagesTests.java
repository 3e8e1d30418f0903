package dev.northstar.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PassagesTests {

    @Test
    void findsAnExactQuote() {
        assertThat(Passages.locate("We book demos all week.", "demos", 0)).contains(new Passages.Span(8, 13));
    }

    @Test
    void picksTheOccurrenceNearestTheHint() {
        String text = "sync is slow. really, sync is slow.";
        assertThat(Passages.locate(text, "sync is slow", 0).orElseThrow().start())
                .isZero();
        assertThat(Passages.locate(text, "sync is slow", 20).orElseThrow().start())
                .isEqualTo(22);
    }

    @Test
    void toleratesLineBreaksSpacingAndCurlyQuotes() {
        String text = "He said \u201cwe can\u2019t\r\n  see   the week\u201d twice.";
        Passages.Span span = Passages.locate(text, " we can't see the week ", 0).orElseThrow();
        assertThat(text.substring(span.start(), span.end())).isEqualTo("we can\u2019t\r\n  see   the week");
    }

    @Test
    void fallsBackToIgnoringCase() {
        Passages.Span span =
                Passages.locate("Outlook Sync Is Slow", "sync is slow", 0).orElseThrow();
        assertThat(span).isEqualTo(new Passages.Span(8, 20));
    }

    @Test
    void findsNothingForBlankOrAbsentQuotes() {
        assertThat(Passages.locate("anything", "  ", 0)).isEmpty();
        assertThat(Passages.locate("anything", "nothing like it", 0)).isEmpty();
    }

    @Property
    void everyPieceOfATextIsFoundWhereItsWordsAre(
            @ForAll @StringLength(min = 1, max = 200) String text,
            @ForAll @IntRange(min = 0, max = 199) int from,
            @ForAll @IntRange(min = 1, max = 60) int length) {
        Assume.that(from + length <= text.length());
        String quote = text.substring(from, from + length);
        Assume.that(!quote.isBlank());
        Passages.Span span = Passages.locate(text, quote, from).orElseThrow();
        assertThat(text.substring(span.start(), span.end())).isEqualTo(quote);
    }

    @Test
    void cutsTextAtOverlappingHighlightsAndMarksTheStrongest() {
        String text = "abcdefghij";
        UUID need = UUID.randomUUID();
        HighlightView weak = highlight(2, 6, "cdef", Importance.NICE_TO_HAVE, "Need A", need);
        HighlightView strong = highlight(4, 8, "efgh", Importance.CRITICAL, "Need B", need);
        HighlightView adrift = new HighlightView(
                UUID.randomUUID(),
                null,
                null,
                0,
                3,
                "xyz",
                need,
                "Gone",
                Importance.CRITICAL,
                false,
                null,
                null,
                null,
                Instant.now());
        List<HighlightedNote.Segment> segments = Highlights.segments(text, List.of(weak, strong, adrift));
        assertThat(segments).extracting(HighlightedNote.Segment::text).containsExactly("ab", "cd", "ef", "gh", "ij");
        assertThat(segments)
                .extracting(HighlightedNote.Segment::marked)
                .containsExactly(false, true, true, true, false);
        assertThat(segments.get(2).importance()).isEqualTo(Importance.CRITICAL);
        assertThat(segments.get(2).needs()).isEqualTo("Need A; Need B");
        assertThat(segments.get(1).importance()).isEqualTo(Importance.NICE_TO_HAVE);
        assertThat(String.join(
                        "", segments.stream().map(HighlightedNote.Segment::text).toList()))
                .isEqualTo(text);
    }

    private static HighlightView highlight(
            int start, int end, String quote, Importance importance, String needTitle, UUID need) {
        return new HighlightView(
                UUID.randomUUID(),
                null,
                null,
                start,
                end,
                quote,
                need,
                needTitle,
                importance,
                true,
                LocalDate.now(),
                null,
                null,
                Instant.now());
    }
}
