package dev.northstar.specs;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Stories as CSV for Jira's CSV importer: Summary, Issue Type (Story), Description (the story and its
 * criteria in Jira wiki markup), Story Points, two Labels columns (Jira reads repeated columns as
 * several labels) and Epic Link holding the feature title (map it to Parent on team-managed
 * projects). Every field is quoted, so commas, quotes and line breaks survive.
 */
final class JiraCsv {

    static final List<String> HEADER =
            List.of("Summary", "Issue Type", "Description", "Story Points", "Labels", "Labels", "Epic Link");
    private static final int MAX_SUMMARY = 255;

    private JiraCsv() {}

    static String write(List<StoryView> stories) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setQuoteMode(QuoteMode.ALL)
                .setRecordSeparator("\r\n")
                .get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            csv.printRecord(HEADER);
            for (StoryView s : stories) {
                csv.printRecord(
                        summary(s),
                        "Story",
                        description(s),
                        s.estimate() == null ? "" : points(s.estimate()),
                        s.kind().label() + "-story",
                        "northstar-" + s.status().label(),
                        s.featureTitle());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Jira's summary is one line of at most 255 characters: the story sentence. */
    static String summary(StoryView s) {
        String text = s.text().replaceAll("\\s+", " ");
        return text.length() <= MAX_SUMMARY ? text : text.substring(0, MAX_SUMMARY - 1) + "…";
    }

    static String description(StoryView s) {
        StringBuilder d = new StringBuilder(s.text());
        if (!s.criteria().isEmpty()) {
            d.append("\n\nh4. Acceptance criteria\n");
            for (Criterion c : s.criteria()) {
                d.append("# *Given* ")
                        .append(c.given())
                        .append(" *When* ")
                        .append(c.when())
                        .append(" *Then* ")
                        .append(c.then())
                        .append('\n');
            }
        }
        return d.toString().strip();
    }

    private static String points(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
