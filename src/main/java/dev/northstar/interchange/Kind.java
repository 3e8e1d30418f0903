package dev.northstar.interchange;

import java.sql.Types;
import java.util.Locale;

/** How a column's values travel in a backup, decided from the type the database reports. */
enum Kind {
    UUID,
    TIMESTAMPTZ,
    TIMESTAMP,
    DATE,
    TIME,
    DECIMAL,
    INT,
    LONG,
    DOUBLE,
    FLOAT,
    BOOLEAN,
    BINARY,
    TEXT,
    JSON,
    UNSUPPORTED;

    static Kind of(int sqlType, String typeName) {
        String t = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (t.equals("uuid")) {
            return UUID;
        }
        if (t.equals("json") || t.equals("jsonb")) {
            return JSON;
        }
        if (sqlType == Types.TIMESTAMP_WITH_TIMEZONE
                || t.equals("timestamptz")
                || t.contains("timestamp with time zone")) {
            return TIMESTAMPTZ;
        }
        return switch (sqlType) {
            case Types.TIMESTAMP -> TIMESTAMP;
            case Types.DATE -> DATE;
            case Types.TIME -> TIME;
            case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INT;
            case Types.BIGINT -> LONG;
            case Types.DOUBLE, Types.FLOAT -> DOUBLE;
            case Types.REAL -> FLOAT;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
            case Types.CHAR,
                    Types.VARCHAR,
                    Types.LONGVARCHAR,
                    Types.CLOB,
                    Types.NCHAR,
                    Types.NVARCHAR,
                    Types.LONGNVARCHAR,
                    Types.NCLOB -> TEXT;
            default -> UNSUPPORTED;
        };
    }
}
