package dev.northstar.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.northstar.common.InvalidInputException;
import dev.northstar.discovery.NoteCsv.Field;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The CSV reader of the note import: header recognition, values, line-and-column errors, and properties over random files. */
class NoteCsvTests {

    // ------------------------------------------------------------ header recognition

    @Example
    void recognisesGenericColumnsCaseInsensitivelyIgnoringSpaces() {
        var cols = NoteCsv.recognise(List.of(
                " Feedback ", "SOURCE", "Customer", "company", " Segment", "plan", "MRR", "Date", "tags", "State"));
        assertThat(cols.of(Field.TEXT)).containsExactly(0);
        assertThat(cols.of(Field.SOURCE)).containsExactly(1);
        assertThat(cols.of(Field.CUSTOMER)).containsExactly(2);
        assertThat(cols.of(Field.COMPANY)).containsExactly(3);
        assertThat(cols.of(Field.SEGMENT)).containsExactly(4);
        assertThat(cols.of(Field.PLAN)).containsExactly(5);
        assertThat(cols.of(Field.REVENUE)).containsExactly(6);
        assertThat(cols.of(Field.DATE)).containsExactly(7);
        assertThat(cols.of(Field.TAGS)).containsExactly(8);
        assertThat(cols.of(Field.STATE)).containsExactly(9);
    }

    @Example
    void acceptsEveryTextAlias() {
        for (String alias : List.of("text", "note", "content", "description", "body", "summary")) {
            assertThat(NoteCsv.recognise(List.of("date", alias.toUpperCase())).of(Field.TEXT))
                    .as(alias)
                    .containsExactly(1);
        }
    }

    @Example
    void recognisesProductboardNotesExport() {
        var cols = NoteCsv.recognise(List.of(
                "Note ID",
                "Note title",
                "Note text",
                "Note URL",
                "Customer name",
                "Customer email",
                "Company name",
                "Company domain",
                "Tags",
                "Created at",
                "Source",
                "Owner"));
        assertThat(cols.of(Field.TITLE)).containsExactly(1);
        assertThat(cols.of(Field.TEXT)).containsExactly(2);
        assertThat(cols.of(Field.CUSTOMER)).containsExactly(4, 5);
        assertThat(cols.of(Field.COMPANY)).containsExactly(6, 7);
        assertThat(cols.of(Field.TAGS)).containsExactly(8);
        assertThat(cols.of(Field.DATE)).containsExactly(9);
        assertThat(cols.of(Field.SOURCE)).containsExactly(10);
    }

    @Example
    void recognisesJiraIssueExportWithRepeatedLabels() {
        var cols = NoteCsv.recognise(List.of(
                "Summary",
                "Issue key",
                "Issue id",
                "Issue Type",
                "Status",
                "Reporter",
                "Created",
                "Labels",
                "Labels",
                "Labels",
                "Description"));
        assertThat(cols.of(Field.TITLE)).containsExactly(0);
        assertThat(cols.of(Field.TEXT)).containsExactly(10);
        assertThat(cols.of(Field.CUSTOMER)).containsExactly(5);
        assertThat(cols.of(Field.DATE)).containsExactly(6);
        assertThat(cols.of(Field.TAGS)).containsExactly(7, 8, 9);
        assertThat(cols.of(Field.STATE)).as("Jira's Status is not a note state").isEmpty();
    }

    @Example
    void summaryAloneIsTheText() {
        assertThat(NoteCsv.recognise(List.of("Summary", "Created")).of(Field.TEXT))
                .containsExactly(0);
    }

    @Example
    void mappingOverridesRecognitionAndNamesMissingColumns() {
        var cols = NoteCsv.resolve(
                List.of("Remark", "When", "tags"), NoteImportMapping.of(Map.of("text", "remark", "date", " WHEN ")));
        assertThat(cols.of(Field.TEXT)).containsExactly(0);
        assertThat(cols.of(Field.DATE)).containsExactly(1);
        assertThat(cols.of(Field.TAGS)).as("left out, so recognised").containsExactly(2);

        var e = catchThrowableOfType(
                InvalidInputException.class,
                () -> NoteCsv.resolve(List.of("Remark"), NoteImportMapping.of(Map.of("text", "Comment"))));
        assertThat(e.errors().getFirst().field()).isEqualTo("mapping.text");
        assertThat(e.errors().getFirst().message())
                .contains("no column named 'Comment'")
                .contains("Remark");
        assertThatThrownBy(() -> NoteImportMapping.of(Map.of("colour", "x")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown field 'colour'");
    }

    @Example
    void fileWithoutTextColumnSaysWhichColumnsAreAccepted() {
        var e = catchThrowableOfType(InvalidInputException.class, () -> parse("customer,date\nAda,2026-05-01\n"));
        assertThat(e.errors().getFirst().field()).isEqualTo("columns");
        assertThat(e.errors().getFirst().message())
                .contains("text, note, content, description, body")
                .contains("customer, date");
    }

    // ------------------------------------------------------------ values

    @Example
    void readsEveryFieldWithTagsSplitOnCommaAndSemicolon() {
        List<NewNote> notes = parse("""
                text,source,customer,company,segment,plan,revenue,date,tags,state
                "Export to PDF, please",Intercom,Ada,Acme,Enterprise,Pro,"$1,200.50",2026-05-01,"export, pdf; Reports",processed
                """);
        NewNote n = notes.getFirst();
        assertThat(n.text()).isEqualTo("Export to PDF, please");
        assertThat(n.source()).isEqualTo(NoteSource.SUPPORT);
        assertThat(n.customer()).isEqualTo(new Customer("Ada", "Acme", "Enterprise", "Pro", new BigDecimal("1200.50")));
        assertThat(n.date()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(n.tags()).containsExactly("export", "pdf", "reports");
        assertThat(n.state()).isEqualTo(NoteState.PROCESSED);
    }

    @Example
    void readsCommonDateForms() {
        NoteCsv.Dates d = new NoteCsv.Dates();
        assertThat(d.parse("2026-05-01")).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(d.parse("2026-05-01T23:10:00Z")).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(d.parse("2026-05-01 08:15:30.123+02:00")).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(d.parse("2026-05-01 08:15 UTC")).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(d.parse("14/Jul/25 3:42 PM")).isEqualTo(LocalDate.of(2025, 7, 14));
        assertThat(d.parse("14/JUL/25 3:42 pm")).isEqualTo(LocalDate.of(2025, 7, 14));
        assertThat(d.parse("05/01/2026")).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(d.parse("6/21/2025 16:14")).isEqualTo(LocalDate.of(2025, 6, 21));
        assertThat(d.parse("1.5.2026")).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(d.parse("May 1, 2026")).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(d.parse("31/31/2026")).isNull();
        assertThat(d.parse("02/30/2026")).isNull();
        assertThat(d.parse("soon")).isNull();
    }

    @Example
    void readsIsoDatesStrictlyAndWithinTheCenturiesANoteCanHave() {
        NoteCsv.Dates d = new NoteCsv.Dates();
        assertThat(d.parse(" 2026-05-01 ")).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(d.parse("2026-02-30")).isNull();
        assertThat(d.parse("2026-13-01")).isNull();
        assertThat(d.parse("1899-12-31")).isNull();
        assertThat(d.parse("2026-5-1x")).isNull();
        assertThat(d.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Example
    void readsAmountsAsPeopleTypeThem() {
        assertThat(NoteCsv.Amounts.parse("1200")).isEqualByComparingTo("1200");
        assertThat(NoteCsv.Amounts.parse("1,200.50")).isEqualByComparingTo("1200.50");
        assertThat(NoteCsv.Amounts.parse("1.200,50 €")).isEqualByComparingTo("1200.50");
        assertThat(NoteCsv.Amounts.parse("USD 300")).isEqualByComparingTo("300");
        assertThat(NoteCsv.Amounts.parse("12k")).isEqualByComparingTo("12000");
        assertThat(NoteCsv.Amounts.parse("1.5")).isEqualByComparingTo("1.5");
        assertThat(NoteCsv.Amounts.parse("lots")).isNull();
    }

    @Example
    void readsSemicolonSeparatedSpreadsheetExportsWithBom() {
        List<NewNote> notes = parse("\uFEFFText;Customer;Tags\nSlow sync;Ada;perf\n");
        assertThat(notes.getFirst().text()).isEqualTo("Slow sync");
        assertThat(notes.getFirst().customer().name()).isEqualTo("Ada");
    }

    @Example
    void joinsTitleAndText() {
        List<NewNote> notes =
                parse("Summary,Description\nSlow export,Takes a minute for 10 rows\nOnly a title,\nSame,Same start\n");
        assertThat(notes)
                .extracting(NewNote::text)
                .containsExactly("Slow export\n\nTakes a minute for 10 rows", "Only a title", "Same start");
    }

    @Example
    void skipsBlankRows() {
        assertThat(parse("text,tags\nfirst,\n,\n\n  ,  \nsecond,\n"))
                .extracting(NewNote::text)
                .containsExactly("first", "second");
    }

    // ------------------------------------------------------------ errors

    @Example
    void namesLineAndColumnOfBadDateCountingLinesInsideQuotedValues() {
        var e = catchThrowableOfType(InvalidInputException.class, () -> parse("""
                text,date
                "a note
                over three
                lines",2026-05-01
                ok,2026-05-02
                fine,
                bad,31/31/2026
                """));
        assertThat(e.errors())
                .containsExactly(new InvalidInputException.FieldError(
                        "line 7, column date", e.errors().getFirst().message()));
        assertThat(e.errors().getFirst().message()).startsWith("unparseable date '31/31/2026'");
    }

    @Example
    void namesLineAndColumnOfUnclosedQuote() {
        var e = catchThrowableOfType(
                InvalidInputException.class, () -> parse("text,customer\nfine,Ada\nalso fine,\"Bob\nnext,Cy\n"));
        assertThat(e.errors().getFirst().field()).isEqualTo("line 3, column customer");
        assertThat(e.errors().getFirst().message()).contains("never closed");
    }

    @Example
    void namesTextAfterClosingQuote() {
        var e = catchThrowableOfType(InvalidInputException.class, () -> parse("text,customer\n\"Quoted\"tail,Ada\n"));
        assertThat(e.errors().getFirst().field()).isEqualTo("line 2, column text");
    }

    @Example
    void reportsEveryBadRowUpToTwenty() {
        StringBuilder csv = new StringBuilder("text,source,revenue,state\n");
        csv.append(",,,\n".replace(",,,", "  ,other,,")); // line 2: no text
        csv.append("a,telepathy,,\n"); // line 3
        csv.append("b,,a lot,\n"); // line 4
        csv.append("c,,,someday\n"); // line 5
        for (int i = 0; i < 30; i++) {
            csv.append("x,,-5,\n");
        }
        var e = catchThrowableOfType(InvalidInputException.class, () -> parse(csv.toString()));
        assertThat(e.errors())
                .extracting(InvalidInputException.FieldError::field)
                .startsWith(
                        "line 2, column text",
                        "line 3, column source",
                        "line 4, column revenue",
                        "line 5, column state");
        assertThat(e.errors()).hasSize(NoteCsv.MAX_ERRORS + 1);
        assertThat(e.errors().getLast().message()).contains("stopped after 20");
    }

    @Example
    void rejectsRowsWiderThanTheHeader() {
        var e = catchThrowableOfType(InvalidInputException.class, () -> parse("text,tags\na,b,c\n"));
        assertThat(e.errors().getFirst().field()).isEqualTo("line 2");
        assertThat(parse("text,tags\na,b,,\n")).hasSize(1);
    }

    @Example
    void rejectsEmptyFilesAndHeaderOnlyFiles() {
        assertThatThrownBy(() -> parse(""))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> parse("text,date\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no notes");
    }

    // ------------------------------------------------------------ properties

    record Row(String text, List<String> tags, String customer) {}

    @Property(tries = 200)
    void wellFormedFilesRoundTrip(@ForAll("rows") List<Row> rows) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord("text", "tags", "customer");
            for (Row r : rows) {
                printer.printRecord(r.text(), String.join(rows.size() % 2 == 0 ? ";" : ", ", r.tags()), r.customer());
            }
        }
        List<NewNote> notes = parse(out.toString());
        assertThat(notes)
                .extracting(NewNote::text)
                .containsExactlyElementsOf(
                        rows.stream().map(r -> r.text().strip()).toList());
        assertThat(notes)
                .extracting(NewNote::tags)
                .containsExactlyElementsOf(
                        rows.stream().map(r -> NewNote.normaliseTags(r.tags())).toList());
        assertThat(notes)
                .extracting(n -> n.customer().name())
                .containsExactlyElementsOf(rows.stream()
                        .map(r -> r.customer().isBlank() ? null : r.customer().strip())
                        .toList());
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<String> text = Arbitraries.oneOf(
                        Arbitraries.strings().ofMinLength(1).ofMaxLength(200),
                        Arbitraries.strings()
                                .withChars("ab \",;\n\r\t'é\uD83D\uDE00")
                                .ofMinLength(1)
                                .ofMaxLength(40))
                .filter(s -> !s.isBlank());
        Arbitrary<String> tag = Arbitraries.strings()
                .withChars("abcXYZ -_é\"'\n")
                .ofMinLength(1)
                .ofMaxLength(12)
                .filter(s -> !s.isBlank());
        Arbitrary<String> customer =
                Arbitraries.strings().withChars("Ada Lovelace,\"\n").ofMaxLength(30);
        return Combinators.combine(text, tag.list().ofMaxSize(4), customer)
                .as(Row::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(30);
    }

    @Property(tries = 1000)
    void garbageNeverFailsOtherwiseThanAsInvalidInput(@ForAll("garbage") String input) {
        for (String file : List.of(
                input,
                "text,date,revenue,source,state,tags,customer\n" + input,
                "Summary,Labels,Labels,Created\n" + input)) {
            try {
                List<NewNote> notes = parse(file);
                assertThat(notes).isNotEmpty();
            } catch (InvalidInputException e) {
                assertThat(e.errors()).isNotEmpty().hasSizeLessThanOrEqualTo(NoteCsv.MAX_ERRORS + 1);
            }
            try {
                NoteCsv.preview(new StringReader(file));
            } catch (InvalidInputException e) {
                assertThat(e.errors()).isNotEmpty();
            }
        }
    }

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(300),
                Arbitraries.strings().withChars("\",;\t\r\n ab1/-:.$\uFEFF").ofMaxLength(200),
                Arbitraries.of(
                                "text",
                                "\"",
                                "\"\"",
                                ",",
                                ";",
                                "\n",
                                "\r\n",
                                "2026-05-01",
                                "31/31/2026",
                                "1,200",
                                "other",
                                "x".repeat(21_000),
                                "\uFEFF")
                        .list()
                        .ofMaxSize(40)
                        .map(parts -> String.join("", parts)));
    }

    @Example
    void ioFailuresAreNotMistakenForBadInput() {
        java.io.Reader broken = new java.io.Reader() {
            @Override
            public int read(char[] b, int o, int l) throws IOException {
                throw new IOException("connection reset");
            }

            @Override
            public void close() {}
        };
        assertThatThrownBy(() -> NoteCsv.parse(broken, NoteImportMapping.recognised()))
                .isInstanceOf(UncheckedIOException.class);
    }

    private static List<NewNote> parse(String csv) {
        return NoteCsv.parse(new StringReader(csv), NoteImportMapping.recognised());
    }
}
