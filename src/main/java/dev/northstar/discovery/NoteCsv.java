package dev.northstar.discovery;

import dev.northstar.common.InvalidInputException;
import dev.northstar.common.InvalidInputException.FieldError;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads feedback notes from CSV: a generic file with a header row, a Productboard notes export or a
 * Jira issue export. Streams the file once and reports every problem by line and column (up to
 * {@link #MAX_ERRORS}); a file with any problem yields no notes at all.
 */
final class NoteCsv {

    static final int MAX_ERRORS = 20;
    static final int MAX_ROWS = 250_000;
    static final int PREVIEW_ROWS = 5;

    /** A note field and the column names it is recognised by, best first. */
    enum Field {
        TEXT(
                "text",
                "text",
                "note",
                "content",
                "description",
                "body",
                "note text",
                "note content",
                "feedback",
                "comment",
                "comments",
                "message",
                "details",
                "verbatim",
                "quote",
                "feedback text",
                "issue description"),
        TITLE("title", "title", "note title", "summary", "subject", "issue summary", "headline"),
        SOURCE("source", "source", "note source", "source origin", "origin", "channel", "feedback source"),
        CUSTOMER(
                "customer",
                "customer",
                "customer name",
                "name",
                "user",
                "user name",
                "contact",
                "contact name",
                "person",
                "said by",
                "requester",
                "requested by",
                "submitter",
                "submitted by",
                "reporter",
                "author",
                "customer email",
                "user email",
                "email",
                "contact email",
                "email address"),
        COMPANY(
                "company",
                "company",
                "company name",
                "organization",
                "organisation",
                "organization name",
                "org",
                "account",
                "account name",
                "customer company",
                "company domain",
                "domain"),
        SEGMENT("segment", "segment", "customer segment", "market segment", "tier", "customer tier"),
        PLAN("plan", "plan", "plan name", "pricing plan", "subscription", "subscription plan"),
        REVENUE(
                "revenue",
                "revenue",
                "mrr",
                "arr",
                "annual revenue",
                "monthly revenue",
                "deal size",
                "deal value",
                "amount"),
        DATE(
                "date",
                "date",
                "note date",
                "created",
                "created at",
                "created on",
                "created date",
                "creation date",
                "date created",
                "submitted",
                "submitted at",
                "submitted on",
                "received",
                "received at",
                "timestamp",
                "feedback date"),
        TAGS("tags", "tags", "tag", "labels", "label", "keywords", "categories", "category", "topics"),
        STATE("state", "state", "note state", "triage state");

        final String key;
        final List<String> aliases;

        Field(String key, String... aliases) {
            this.key = key;
            this.aliases = List.of(aliases);
        }

        /** Fields filled from the first non-blank of several recognised columns (a name, else an email). */
        boolean fallsBack() {
            return this == CUSTOMER || this == COMPANY;
        }
    }

    /** The file's header and, for each field, the indexes of the columns that feed it. */
    record Columns(List<String> header, Map<Field, List<Integer>> fields) {

        List<Integer> of(Field f) {
            return fields.getOrDefault(f, List.of());
        }

        String name(int index) {
            String n = index < header.size() ? header.get(index) : "";
            return n.isEmpty() ? String.valueOf(index + 1) : n;
        }

        /** The first column name mapped to each field. */
        Map<String, String> suggested() {
            Map<String, String> out = new LinkedHashMap<>();
            for (Field f : Field.values()) {
                List<Integer> cols = of(f);
                if (!cols.isEmpty()) {
                    out.put(f.key, header.get(cols.getFirst()));
                }
            }
            return out;
        }
    }

    record Preview(List<String> header, List<List<String>> rows, Map<String, String> suggested) {}

    private NoteCsv() {}

    // ---------------------------------------------------------------- reading

    /** Parses a whole file into notes, or throws naming every problem (line and column) found. */
    static List<NewNote> parse(Reader in, NoteImportMapping mapping) {
        List<NewNote> notes = new ArrayList<>();
        stream(in, mapping, Integer.MAX_VALUE, notes::addAll);
        return notes;
    }

    /**
     * Parses a file and hands its notes on in chunks of {@code chunk} while it reads, so saving can
     * start before the end of the file. Once a row is bad no more chunks are handed on; the rest of
     * the file is still read for its problems and the method throws naming all of them, so a caller
     * must treat the chunks it got as void until this returns normally. Answers how many notes there were.
     */
    static int stream(
            Reader in, NoteImportMapping mapping, int chunk, java.util.function.Consumer<List<NewNote>> sink) {
        Errors errors = new Errors();
        List<NewNote> notes = new ArrayList<>();
        int total = 0;
        QuoteWatch watch;
        CSVParser parser;
        try {
            BufferedReader buffered = new BufferedReader(in, 1 << 16);
            skipBom(buffered);
            char delimiter = sniffDelimiter(buffered);
            watch = new QuoteWatch(buffered, delimiter);
            parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(watch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Iterator<CSVRecord> rows = parser.iterator();
        Columns columns;
        try {
            if (!rows.hasNext()) {
                throw new InvalidInputException(
                        "file", "the file is empty; its first row must name the columns, e.g. text,customer,date,tags");
            }
            List<String> header = header(rows.next());
            columns = resolve(header, mapping);
            RowReader reader = new RowReader(columns, errors);
            while (!errors.full() && rows.hasNext()) {
                CSVRecord record = rows.next();
                long line = startLine(parser.getCurrentLineNumber(), record);
                NewNote note = reader.read(record, line);
                if (note != null) {
                    if (total == MAX_ROWS) {
                        throw new InvalidInputException(
                                "file", "the file has more than " + MAX_ROWS + " notes; split it into smaller files");
                    }
                    total++;
                    if (errors.list.isEmpty()) {
                        notes.add(note);
                        if (notes.size() >= chunk) {
                            sink.accept(notes);
                            notes = new ArrayList<>();
                        }
                    }
                }
            }
            errors.stoppedEarly = errors.full();
        } catch (UncheckedIOException e) {
            errors.add(malformed(e, watch));
        }
        if (!errors.list.isEmpty()) {
            throw errors.exception();
        }
        if (total == 0) {
            throw new InvalidInputException("file", "the file has no notes below its header row");
        }
        if (!notes.isEmpty()) {
            sink.accept(notes);
        }
        return total;
    }

    /** The header, the first rows and the recognised columns; never fails on a malformed row, it just stops there. */
    static Preview preview(Reader in) {
        try {
            BufferedReader buffered = new BufferedReader(in, 1 << 16);
            skipBom(buffered);
            char delimiter = sniffDelimiter(buffered);
            CSVParser parser =
                    CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(buffered);
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                throw new InvalidInputException(
                        "file", "the file is empty; its first row must name the columns, e.g. text,customer,date,tags");
            }
            List<String> header = header(it.next());
            Columns recognised = recognise(header);
            List<List<String>> rows = new ArrayList<>();
            try {
                while (rows.size() < PREVIEW_ROWS && it.hasNext()) {
                    CSVRecord r = it.next();
                    List<String> values = new ArrayList<>(header.size());
                    for (int i = 0; i < header.size(); i++) {
                        String v = i < r.size() ? r.get(i) : "";
                        values.add(v.length() > 300 ? v.substring(0, 300) + "…" : v);
                    }
                    rows.add(values);
                }
            } catch (UncheckedIOException e) {
                // the import names the problem with its line and column; the preview shows what it could read
            }
            return new Preview(header, rows, recognised.suggested());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            throw new InvalidInputException("file", "the first row cannot be read as CSV column names");
        }
    }

    private static List<String> header(CSVRecord record) {
        List<String> names = new ArrayList<>(record.size());
        for (String v : record) {
            names.add(v.replace("\uFEFF", "").strip());
        }
        if (names.stream().allMatch(String::isEmpty)) {
            throw new InvalidInputException(
                    "file", "the first row must name the columns, e.g. text,customer,date,tags; it is empty");
        }
        return List.copyOf(names);
    }

    /** The line a record starts on: the parser stands at its last line, less the line breaks inside its values. */
    private static long startLine(long endLine, CSVRecord record) {
        long breaks = 0;
        for (String v : record) {
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == v.length() || v.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return endLine - breaks;
    }

    private static void skipBom(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
    }

    /** Comma unless the header row holds more semicolons or tabs (spreadsheets in many locales save with ';'). */
    static char sniffDelimiter(BufferedReader in) throws IOException {
        in.mark(1 << 16);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < (1 << 16) - 1; i++) {
            int c = in.read();
            if (c == -1 || (!quoted && (c == '\n' || c == '\r'))) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> {}
                }
            }
        }
        in.reset();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static FieldError malformed(UncheckedIOException e, QuoteWatch watch) {
        if (watch.unclosedLine > 0 && watch.sawEnd()) {
            return new FieldError(
                    "line " + watch.unclosedLine + ", column " + watch.columnName(watch.unclosedField),
                    "a quoted value is never closed; the quote opened here runs to the end of the file");
        }
        if (watch.strayLine > 0) {
            return new FieldError(
                    "line " + watch.strayLine + ", column " + watch.columnName(watch.strayField),
                    "text follows a closing quote; a quote inside a quoted value must be doubled (\"\")");
        }
        String message = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
        Matcher m = Pattern.compile("line:? (\\d+)").matcher(message == null ? "" : message);
        String where = m.find() ? "line " + m.group(1) : "file";
        return new FieldError(where, "not valid CSV: " + message);
    }

    // ---------------------------------------------------------------- columns

    static String normalise(String name) {
        return name.replace("\uFEFF", "")
                .strip()
                .toLowerCase(Locale.ROOT)
                .replace('_', ' ')
                .replaceAll("\\s+", " ");
    }

    /** Recognises columns by name; a column feeds at most one field, and TITLE stands in for TEXT when there is no text column. */
    static Columns recognise(List<String> header) {
        Map<Field, List<Integer>> fields = new EnumMap<>(Field.class);
        boolean[] used = new boolean[header.size()];
        List<String> names = header.stream().map(NoteCsv::normalise).toList();
        for (Field f : Field.values()) {
            for (String alias : f.aliases) {
                List<Integer> hits = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    if (!used[i] && names.get(i).equals(alias)) {
                        hits.add(i);
                    }
                }
                if (!hits.isEmpty()) {
                    hits.forEach(i -> used[i] = true);
                    List<Integer> cols = new ArrayList<>(fields.getOrDefault(f, List.of()));
                    cols.addAll(hits);
                    fields.put(f, List.copyOf(cols));
                    if (!f.fallsBack()) {
                        break;
                    }
                }
            }
        }
        if (!fields.containsKey(Field.TEXT) && fields.containsKey(Field.TITLE)) {
            fields.put(Field.TEXT, fields.remove(Field.TITLE));
        }
        return new Columns(header, fields);
    }

    /** Applies a mapping over the recognised columns; fails when a named column is missing or no column holds the text. */
    static Columns resolve(List<String> header, NoteImportMapping mapping) {
        Columns recognised = recognise(header);
        Map<Field, List<Integer>> fields = new EnumMap<>(Field.class);
        List<FieldError> errors = new ArrayList<>();
        List<String> names = header.stream().map(NoteCsv::normalise).toList();
        boolean explicitText = false;
        for (Field f : Field.values()) {
            List<String> wanted = mapping.namesFor(f.key);
            if (wanted == null) {
                continue;
            }
            explicitText |= f == Field.TEXT || f == Field.TITLE;
            List<Integer> hits = new ArrayList<>();
            for (String w : wanted) {
                String n = normalise(w);
                boolean found = false;
                for (int i = 0; i < names.size(); i++) {
                    if (names.get(i).equals(n)) {
                        hits.add(i);
                        found = true;
                    }
                }
                if (!found) {
                    errors.add(new FieldError(
                            "mapping." + f.key,
                            "the file has no column named '" + w + "'; its columns are " + String.join(", ", header)));
                }
            }
            fields.put(f, List.copyOf(hits));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // fields the mapping leaves out keep the recognised columns, unless the mapping already uses them
        List<Integer> taken = fields.values().stream().flatMap(List::stream).toList();
        for (Field f : Field.values()) {
            if (!fields.containsKey(f) && !(explicitText && (f == Field.TEXT || f == Field.TITLE))) {
                List<Integer> cols = recognised.of(f).stream()
                        .filter(i -> !taken.contains(i))
                        .toList();
                if (!cols.isEmpty()) {
                    fields.put(f, cols);
                }
            }
        }
        fields.values().removeIf(List::isEmpty);
        if (!fields.containsKey(Field.TEXT) && fields.containsKey(Field.TITLE)) {
            fields.put(Field.TEXT, fields.remove(Field.TITLE));
        }
        if (!fields.containsKey(Field.TEXT)) {
            if (explicitText) {
                throw new InvalidInputException("mapping.text", "choose the column that holds the note text");
            }
            throw new InvalidInputException(
                    "columns",
                    "no column holds the note text. Name it one of: "
                            + String.join(", ", Field.TEXT.aliases) + " (or " + String.join(", ", Field.TITLE.aliases)
                            + "). "
                            + "Other recognised columns: source, customer, company, segment, plan, revenue, date, tags, state. "
                            + "The file's first row is: " + abbreviate(String.join(", ", header), 300));
        }
        return new Columns(header, fields);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    // ---------------------------------------------------------------- rows

    /** Turns one record into a note, adding an error per bad value instead. */
    private static final class RowReader {

        private final Columns columns;
        private final Errors errors;
        private final Dates dates = new Dates();
        private final int width;

        RowReader(Columns columns, Errors errors) {
            this.columns = columns;
            this.errors = errors;
            this.width = columns.header().size();
        }

        NewNote read(CSVRecord record, long line) {
            if (blank(record)) {
                return null;
            }
            if (record.size() > width) {
                for (int i = width; i < record.size(); i++) {
                    if (!record.get(i).isBlank()) {
                        errors.add(new FieldError(
                                "line " + line,
                                record.size() + " values but the first row names " + width
                                        + " columns; a value with a comma must be quoted"));
                        return null;
                    }
                }
            }
            int before = errors.count();
            String text = text(record, line);
            NoteSource source = null;
            String rawSource = first(record, Field.SOURCE);
            if (rawSource != null) {
                source = source(rawSource, where(line, Field.SOURCE, record));
            }
            String customer = limited(record, Field.CUSTOMER, 200, line);
            String company = limited(record, Field.COMPANY, 200, line);
            String segment = limited(record, Field.SEGMENT, 200, line);
            String plan = limited(record, Field.PLAN, 100, line);
            BigDecimal revenue = null;
            String rawRevenue = first(record, Field.REVENUE);
            if (rawRevenue != null) {
                revenue = revenue(rawRevenue, where(line, Field.REVENUE, record));
            }
            LocalDate date = null;
            String rawDate = first(record, Field.DATE);
            if (rawDate != null) {
                date = dates.parse(rawDate);
                if (date == null) {
                    errors.add(new FieldError(
                            where(line, Field.DATE, record),
                            "unparseable date '" + abbreviate(rawDate.strip(), 60)
                                    + "'; use e.g. 2026-05-01, 2026-05-01T14:30:00Z, 05/01/2026 or 01/May/26 2:30 PM"));
                }
            }
            List<String> tags = new ArrayList<>();
            for (int i : columns.of(Field.TAGS)) {
                if (i < record.size()) {
                    try {
                        tags.addAll(NewNote.splitTags(record.get(i)));
                    } catch (InvalidInputException e) {
                        errors.add(new FieldError(at(line, i), "a tag must be at most 100 characters"));
                    }
                }
            }
            NoteState state = null;
            String rawState = first(record, Field.STATE);
            if (rawState != null) {
                state = state(rawState, where(line, Field.STATE, record));
            }
            if (errors.count() > before || text == null) {
                return null;
            }
            return new NewNote(
                    text, source, new Customer(customer, company, segment, plan, revenue), date, tags, state);
        }

        /** Title and text joined by a blank line (the title is left out when the text already starts with it). */
        private String text(CSVRecord record, long line) {
            String title = first(record, Field.TITLE);
            StringBuilder body = new StringBuilder();
            for (int i : columns.of(Field.TEXT)) {
                if (i < record.size() && !record.get(i).isBlank()) {
                    if (!body.isEmpty()) {
                        body.append("\n\n");
                    }
                    body.append(record.get(i).strip());
                }
            }
            String text;
            if (title == null) {
                text = body.toString();
            } else if (body.isEmpty() || body.toString().startsWith(title.strip())) {
                text = body.isEmpty() ? title.strip() : body.toString();
            } else {
                text = title.strip() + "\n\n" + body;
            }
            String column = where(line, Field.TEXT, record);
            if (text.isBlank()) {
                errors.add(new FieldError(column, "the note has no text"));
                return null;
            }
            if (text.length() > NewNote.MAX_TEXT) {
                errors.add(new FieldError(
                        column,
                        "the text has " + text.length() + " characters; at most " + NewNote.MAX_TEXT
                                + " fit in a note"));
                return null;
            }
            return text;
        }

        private String limited(CSVRecord record, Field f, int max, long line) {
            String v = first(record, f);
            if (v != null && v.strip().length() > max) {
                errors.add(new FieldError(where(line, f, record), f.key + " must be at most " + max + " characters"));
                return null;
            }
            return v;
        }

        /** The first non-blank value among the field's columns. */
        private String first(CSVRecord record, Field f) {
            for (int i : columns.of(f)) {
                if (i < record.size() && !record.get(i).isBlank()) {
                    return record.get(i);
                }
            }
            return null;
        }

        /** "line 7, column Created": the column that gave the field its value, or its first column. */
        private String where(long line, Field f, CSVRecord record) {
            List<Integer> cols = columns.of(f);
            for (int i : cols) {
                if (i < record.size() && !record.get(i).isBlank()) {
                    return at(line, i);
                }
            }
            return at(line, cols.isEmpty() ? 0 : cols.getFirst());
        }

        private String at(long line, int column) {
            return "line " + line + ", column " + columns.name(column);
        }

        private NoteSource source(String raw, String where) {
            String key = SOURCE_SEPARATORS
                    .matcher(raw.strip().toLowerCase(Locale.ROOT))
                    .replaceAll("-");
            NoteSource known = SOURCE_NAMES.get(key);
            if (known != null) {
                return known;
            }
            try {
                return NoteSource.parse(raw, where);
            } catch (InvalidInputException e) {
                errors.add(new FieldError(
                        where,
                        "unknown source '" + abbreviate(raw.strip(), 60)
                                + "'; use interview, survey, support, sales, review, in-app or other"));
                return null;
            }
        }

        private NoteState state(String raw, String where) {
            String v = raw.strip().toLowerCase(Locale.ROOT);
            if (v.equals("unprocessed") || v.equals("open") || v.equals("inbox")) {
                return NoteState.NEW;
            }
            try {
                return NoteState.parse(raw, where);
            } catch (InvalidInputException e) {
                errors.add(new FieldError(
                        where, "unknown state '" + abbreviate(raw.strip(), 60) + "'; use new, processed or archived"));
                return null;
            }
        }

        private BigDecimal revenue(String raw, String where) {
            BigDecimal value = Amounts.parse(raw);
            if (value == null) {
                errors.add(new FieldError(
                        where,
                        "revenue must be a number such as 1200 or 1,200.50; got '" + abbreviate(raw.strip(), 60)
                                + "'"));
                return null;
            }
            if (value.signum() < 0) {
                errors.add(new FieldError(where, "revenue cannot be negative"));
                return null;
            }
            value = value.setScale(2, RoundingMode.HALF_UP);
            if (value.precision() > 18) {
                errors.add(new FieldError(where, "revenue is too large"));
                return null;
            }
            return value;
        }

        private static boolean blank(CSVRecord record) {
            for (String v : record) {
                if (!v.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Names other tools give feedback channels, mapped onto Northstar's sources. */
    static final Map<String, NoteSource> SOURCE_NAMES = sourceNames();

    private static final Pattern SOURCE_SEPARATORS = Pattern.compile("[\\s_]+");

    private static Map<String, NoteSource> sourceNames() {
        Map<String, NoteSource> m = new LinkedHashMap<>();
        for (String s : List.of(
                "call",
                "user-interview",
                "customer-interview",
                "meeting",
                "zoom",
                "research",
                "user-research",
                "usability-test")) {
            m.put(s, NoteSource.INTERVIEW);
        }
        for (String s : List.of("nps", "csat", "typeform", "questionnaire", "poll", "google-forms", "surveymonkey")) {
            m.put(s, NoteSource.SURVEY);
        }
        for (String s : List.of(
                "email",
                "e-mail",
                "mail",
                "intercom",
                "zendesk",
                "freshdesk",
                "help-scout",
                "helpscout",
                "ticket",
                "chat",
                "live-chat",
                "front",
                "support-ticket",
                "helpdesk",
                "service-desk",
                "customer-support")) {
            m.put(s, NoteSource.SUPPORT);
        }
        for (String s : List.of(
                "salesforce", "hubspot", "crm", "gong", "deal", "sales-call", "pipedrive", "account-management")) {
            m.put(s, NoteSource.SALES);
        }
        for (String s : List.of(
                "app-store", "appstore", "play-store", "google-play", "g2", "capterra", "trustpilot", "reviews")) {
            m.put(s, NoteSource.REVIEW);
        }
        for (String s : List.of(
                "inapp",
                "in-product",
                "widget",
                "feedback-widget",
                "portal",
                "insights-portal",
                "web",
                "website",
                "app")) {
            m.put(s, NoteSource.IN_APP);
        }
        for (String s : List.of(
                "manual",
                "api",
                "slack",
                "productboard",
                "insights",
                "note",
                "notes",
                "microsoft-teams",
                "teams",
                "zapier",
                "jira",
                "csv",
                "import",
                "extension",
                "chrome-extension",
                "internal",
                "unknown",
                "none")) {
            m.put(s, NoteSource.OTHER);
        }
        return Map.copyOf(m);
    }

    // ---------------------------------------------------------------- values

    /** Dates in ISO form and the forms common exports use; the format that worked last is tried first. */
    static final class Dates {

        private static final List<DateTimeFormatter> FORMATS = formats();
        private static final Pattern SPACES = Pattern.compile("\\s+");
        private int last;

        LocalDate parse(String raw) {
            String s = raw.strip();
            if (s.length() == 10 && last == 0) {
                // the common case, ISO dates, without the formatter; what it refuses goes the long way
                LocalDate d = isoDate(s);
                if (d != null) {
                    return d.getYear() < 1900 || d.getYear() > 2999 ? null : d;
                }
            }
            s = SPACES.matcher(s).replaceAll(" ");
            if (s.isEmpty() || s.length() > 60) {
                return null;
            }
            for (int k = 0; k < FORMATS.size(); k++) {
                int i = (last + k) % FORMATS.size();
                try {
                    LocalDate d = FORMATS.get(i).parse(s, LocalDate::from);
                    last = i;
                    return d.getYear() < 1900 || d.getYear() > 2999 ? null : d;
                } catch (DateTimeParseException | ArithmeticException e) {
                    // try the next format
                }
            }
            return null;
        }

        /** yyyy-MM-dd as ISO_LOCAL_DATE reads it (strict), or null for anything else. */
        private static LocalDate isoDate(String s) {
            if (s.charAt(4) != '-' || s.charAt(7) != '-') {
                return null;
            }
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 7);
            int d = digits(s, 8, 10);
            if (y < 0 || m < 0 || d < 0) {
                return null;
            }
            try {
                return LocalDate.of(y, m, d);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }

        private static int digits(String s, int from, int to) {
            int n = 0;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                n = n * 10 + (c - '0');
            }
            return n;
        }

        private static List<DateTimeFormatter> formats() {
            List<DateTimeFormatter> out = new ArrayList<>();
            out.add(DateTimeFormatter.ISO_LOCAL_DATE);
            // ISO date-times with 'T' or a space, optional seconds and fraction, optional offset or zone (Z, +02:00,
            // UTC)
            out.add(new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .append(DateTimeFormatter.ISO_LOCAL_DATE)
                    .optionalStart()
                    .appendLiteral('T')
                    .optionalEnd()
                    .optionalStart()
                    .appendLiteral(' ')
                    .optionalEnd()
                    .append(DateTimeFormatter.ISO_LOCAL_TIME)
                    .optionalStart()
                    .appendLiteral(' ')
                    .optionalEnd()
                    .optionalStart()
                    .appendZoneOrOffsetId()
                    .optionalEnd()
                    .toFormatter(Locale.ROOT)
                    .withResolverStyle(ResolverStyle.STRICT));
            // Jira: 14/Jul/25 3:42 PM, 14/Jul/2025 15:42, 14/Jul/25
            for (String p : List.of(
                    "d/MMM/uu h:mm a",
                    "d/MMM/uu H:mm",
                    "d/MMM/uu",
                    "d/MMM/uuuu h:mm a",
                    "d/MMM/uuuu H:mm",
                    "d/MMM/uuuu",
                    // US spreadsheets and exports: 05/01/2026, 5/1/2026 14:30, 5/1/26
                    "M/d/uuuu",
                    "M/d/uuuu H:mm",
                    "M/d/uuuu H:mm:ss",
                    "M/d/uuuu h:mm a",
                    "M/d/uuuu h:mm:ss a",
                    "M/d/uu",
                    "M/d/uu H:mm",
                    "M/d/uu h:mm a",
                    // European dotted dates, slashed ISO, spelled months
                    "d.M.uuuu",
                    "d.M.uuuu H:mm",
                    "d.M.uuuu H:mm:ss",
                    "uuuu/M/d",
                    "uuuu/M/d H:mm",
                    "uuuu/M/d H:mm:ss",
                    "d MMM uuuu",
                    "d MMMM uuuu",
                    "MMM d, uuuu",
                    "MMMM d, uuuu",
                    "MMM d, uuuu h:mm a",
                    "MMMM d, uuuu h:mm a",
                    "d-MMM-uuuu",
                    "d-MMM-uu")) {
                out.add(new DateTimeFormatterBuilder()
                        .parseCaseInsensitive()
                        .appendPattern(p)
                        .toFormatter(Locale.US)
                        .withResolverStyle(ResolverStyle.STRICT));
            }
            out.add(DateTimeFormatter.RFC_1123_DATE_TIME);
            return List.copyOf(out);
        }
    }

    /** Money as people type it: 1200, 1,200.50, $1,200, 1.200,50 €, 12k, 1.5M. */
    static final class Amounts {

        private static final Pattern GROUPED_DOT = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
        private static final Pattern GROUPED_COMMA =
                Pattern.compile("\\d{1,3}(\\.\\d{3})+,\\d+|\\d{1,3}(\\.\\d{3}){2,}");
        private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d{1,2}");
        private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

        static BigDecimal parse(String raw) {
            String s = raw.strip().replace("\u00A0", "").replace(" ", "").replace("'", "");
            s = s.replaceAll("^(?i)(usd|eur|gbp|chf|cad|aud|jpy)", "")
                    .replaceAll("(?i)(usd|eur|gbp|chf|cad|aud|jpy)$", "");
            s = s.replaceAll("^[$€£¥]", "").replaceAll("[$€£¥]$", "");
            boolean negative = s.startsWith("-");
            if (negative) {
                s = s.substring(1);
            }
            BigDecimal factor = BigDecimal.ONE;
            if (s.matches("(?i).*\\d[km]")) {
                factor = Character.toLowerCase(s.charAt(s.length() - 1)) == 'k'
                        ? BigDecimal.valueOf(1_000)
                        : BigDecimal.valueOf(1_000_000);
                s = s.substring(0, s.length() - 1);
            }
            if (GROUPED_DOT.matcher(s).matches()) {
                s = s.replace(",", "");
            } else if (GROUPED_COMMA.matcher(s).matches()) {
                s = s.replace(".", "").replace(',', '.');
            } else if (DECIMAL_COMMA.matcher(s).matches()) {
                s = s.replace(',', '.');
            }
            if (s.length() > 40 || !PLAIN.matcher(s).matches()) {
                return null;
            }
            BigDecimal v = new BigDecimal(s).multiply(factor);
            return negative ? v.negate() : v;
        }
    }

    // ---------------------------------------------------------------- errors

    private static final class Errors {

        final List<FieldError> list = new ArrayList<>();
        private int count;
        boolean stoppedEarly;

        void add(FieldError e) {
            count++;
            if (list.size() < MAX_ERRORS) {
                list.add(e);
            }
        }

        int count() {
            return count;
        }

        boolean full() {
            return list.size() >= MAX_ERRORS;
        }

        InvalidInputException exception() {
            List<FieldError> out = new ArrayList<>(list);
            if (count > list.size() || stoppedEarly) {
                out.add(new FieldError(
                        "file",
                        "stopped after " + MAX_ERRORS + " problems; fix these and try again to see any others"));
            }
            return new InvalidInputException(out);
        }
    }

    /**
     * Follows the raw characters with a small CSV state machine, so that when the parser gives up on a
     * quote that never closes (or text after a closing quote) the problem can be named by line and column.
     */
    private static final class QuoteWatch extends FilterReader {

        private final char delimiter;
        private List<String> header;
        private long line = 1;
        private int field;
        private boolean fieldStart = true;
        private boolean quoted;
        private boolean quotePending;
        private boolean lastWasCr;
        private boolean end;
        long unclosedLine;
        int unclosedField;
        long strayLine;
        int strayField;
        private long headerLines = -1;
        private final StringBuilder headerText = new StringBuilder();

        QuoteWatch(Reader in, char delimiter) {
            super(in);
            this.delimiter = delimiter;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c == -1) {
                end = true;
            } else {
                follow((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n == -1) {
                end = true;
            }
            for (int i = 0; i < n; i++) {
                follow(buf[off + i]);
            }
            return n;
        }

        boolean sawEnd() {
            return end && quoted && !quotePending;
        }

        String columnName(int index) {
            if (header == null) {
                header = parseHeader();
            }
            String n = index < header.size() ? header.get(index) : "";
            return n.isEmpty() ? String.valueOf(index + 1) : n;
        }

        private List<String> parseHeader() {
            try {
                CSVParser p = CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(delimiter)
                        .get()
                        .parse(new java.io.StringReader(headerText.toString()));
                Iterator<CSVRecord> it = p.iterator();
                if (it.hasNext()) {
                    List<String> names = new ArrayList<>();
                    it.next().forEach(v -> names.add(v.replace("\uFEFF", "").strip()));
                    return names;
                }
            } catch (IOException | UncheckedIOException e) {
                // fall back to column numbers
            }
            return List.of();
        }

        private void follow(char c) {
            if (headerLines < 0 && headerText.length() < 100_000) {
                headerText.append(c);
            }
            boolean newline = c == '\n' || c == '\r';
            if (newline) {
                if (c == '\r' || !lastWasCr) {
                    line++;
                }
                lastWasCr = c == '\r';
            } else {
                lastWasCr = false;
            }
            if (quoted) {
                if (quotePending) {
                    quotePending = false;
                    if (c == '"') {
                        return;
                    }
                    quoted = false;
                    if (c != delimiter && !newline && !Character.isWhitespace(c) && strayLine == 0) {
                        strayLine = line;
                        strayField = field;
                    }
                } else {
                    if (c == '"') {
                        quotePending = true;
                    }
                    return;
                }
            }
            if (c == delimiter) {
                field++;
                fieldStart = true;
            } else if (newline) {
                if (headerLines < 0) {
                    headerLines = line;
                }
                field = 0;
                fieldStart = true;
            } else {
                if (c == '"' && fieldStart) {
                    quoted = true;
                    unclosedLine = line;
                    unclosedField = field;
                }
                fieldStart = false;
            }
        }
    }
}
