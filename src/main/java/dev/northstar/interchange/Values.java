package dev.northstar.interchange;

import dev.northstar.common.InvalidInputException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Column values between JDBC and JSON: uuids as strings, timestamps as ISO-8601 instants, dates as
 * ISO dates, numerics exact, booleans, binary as base64, text as text. The same value reads the same
 * from H2 and PostgreSQL, so a backup does not depend on the database it came from.
 */
final class Values {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Values() {}

    /** Writes column {@code i} of the current row. */
    static void write(JsonGenerator g, ResultSet rs, int i, Kind kind) throws SQLException {
        if (rs.getObject(i) == null) {
            g.writeNull();
            return;
        }
        switch (kind) {
            case UUID -> g.writeString(rs.getObject(i, java.util.UUID.class).toString());
            case TIMESTAMPTZ ->
                g.writeString(rs.getObject(i, OffsetDateTime.class).toInstant().toString());
            case TIMESTAMP -> g.writeString(rs.getObject(i, LocalDateTime.class).toString());
            case DATE -> g.writeString(rs.getObject(i, LocalDate.class).toString());
            case TIME -> g.writeString(rs.getObject(i, LocalTime.class).toString());
            case DECIMAL -> g.writeNumber(rs.getBigDecimal(i));
            case INT -> g.writeNumber(rs.getInt(i));
            case LONG -> g.writeNumber(rs.getLong(i));
            case DOUBLE -> g.writeNumber(rs.getDouble(i));
            case FLOAT -> g.writeNumber(rs.getFloat(i));
            case BOOLEAN -> g.writeBoolean(rs.getBoolean(i));
            case BINARY -> g.writeString(Base64.getEncoder().encodeToString(rs.getBytes(i)));
            case TEXT, JSON -> g.writeString(rs.getString(i));
            case UNSUPPORTED ->
                throw new IllegalStateException("column " + rs.getMetaData().getColumnLabel(i) + " has the type "
                        + rs.getMetaData().getColumnTypeName(i) + ", which backups do not support yet");
        }
    }

    /**
     * The JDBC value for a JSON value in a column of this kind; {@code where} names the place in the
     * file for the error. Uuids found in {@code remap} are replaced (accounts matched to existing ones).
     */
    static Object read(JsonNode node, Kind kind, String where, Map<java.util.UUID, java.util.UUID> remap) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return switch (kind) {
                case UUID -> {
                    String s = text(node, where, "a uuid");
                    if (!UUID_TEXT.matcher(s).matches()) {
                        throw bad(where, "a uuid", node);
                    }
                    java.util.UUID id = java.util.UUID.fromString(s);
                    yield remap.getOrDefault(id, id);
                }
                case TIMESTAMPTZ ->
                    OffsetDateTime.parse(text(node, where, "an ISO-8601 instant"))
                            .withOffsetSameInstant(ZoneOffset.UTC);
                case TIMESTAMP -> LocalDateTime.parse(text(node, where, "a date and time"));
                case DATE -> LocalDate.parse(text(node, where, "a date (yyyy-mm-dd)"));
                case TIME -> LocalTime.parse(text(node, where, "a time (hh:mm:ss)"));
                case DECIMAL -> node.isNumber() ? node.decimalValue() : new BigDecimal(text(node, where, "a number"));
                case INT -> {
                    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                        throw bad(where, "a whole number", node);
                    }
                    yield node.intValue();
                }
                case LONG -> {
                    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                        throw bad(where, "a whole number", node);
                    }
                    yield node.longValue();
                }
                case DOUBLE -> number(node, where).doubleValue();
                case FLOAT -> number(node, where).floatValue();
                case BOOLEAN -> {
                    if (!node.isBoolean()) {
                        throw bad(where, "true or false", node);
                    }
                    yield node.booleanValue();
                }
                case BINARY -> Base64.getDecoder().decode(text(node, where, "base64 text"));
                case TEXT, JSON -> text(node, where, "text");
                case UNSUPPORTED ->
                    throw new InvalidInputException(where, "this column's type cannot be restored from a backup yet");
            };
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw bad(
                    where,
                    switch (kind) {
                        case TIMESTAMPTZ -> "an ISO-8601 instant like 2024-05-01T09:30:00Z";
                        case DATE -> "a date like 2024-05-01";
                        case BINARY -> "base64 text";
                        default -> "a " + kind.name().toLowerCase();
                    },
                    node);
        }
    }

    /** Binds a value read by {@link #read}; JSON columns need a vendor-specific hand. */
    static void bind(PreparedStatement ps, int index, Object value, BackupCatalog.Column column, boolean postgres)
            throws SQLException {
        if (value == null) {
            ps.setNull(index, column.sqlType());
        } else if (column.kind() == Kind.JSON) {
            if (postgres) {
                ps.setObject(index, value, Types.OTHER);
            } else {
                ps.setBytes(index, ((String) value).getBytes(StandardCharsets.UTF_8));
            }
        } else {
            ps.setObject(index, value);
        }
    }

    private static String text(JsonNode node, String where, String expected) {
        if (!node.isString()) {
            throw bad(where, expected, node);
        }
        return node.stringValue();
    }

    private static BigDecimal number(JsonNode node, String where) {
        if (!node.isNumber()) {
            throw bad(where, "a number", node);
        }
        return node.decimalValue();
    }

    private static InvalidInputException bad(String where, String expected, JsonNode node) {
        String got = node.toString();
        if (got.length() > 60) {
            got = got.substring(0, 57) + "...";
        }
        return new InvalidInputException(where, "expected " + expected + ", got " + got);
    }

    static Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }
}
