package dev.northstar.interchange;

import dev.northstar.common.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;

/** What a backup file says about itself: {@code {"format": "northstar-workspace", "version": 1, ...}}. */
public record BackupHeader(String format, int version, Instant exportedAt, UUID workspaceId, String workspaceName) {

    public static final String FORMAT = "northstar-workspace";
    public static final int VERSION = 1;

    /**
     * Reads and checks a backup file without touching a database: it exists, is JSON all the way
     * through, and has the right format and a version this Northstar reads. Fails with one readable line.
     */
    public static BackupHeader read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("file", "no such file: " + file);
        }
        try (InputStream in = Files.newInputStream(file);
                JsonParser p = WorkspaceBackups.MAPPER.createParser(in)) {
            Reader header = new Reader();
            expectObject(p);
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (!header.accept(name, p)) {
                    p.skipChildren();
                }
            }
            expectEnd(p);
            return header.checked();
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("file", "no such file: " + file);
        } catch (IOException e) {
            throw new InvalidInputException("file", "cannot read " + file + ": " + e.getMessage());
        } catch (StreamReadException e) {
            throw malformed(e);
        }
    }

    static void expectObject(JsonParser p) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new InvalidInputException(
                    "file",
                    "not a Northstar backup: expected a JSON object like {\"format\": \"" + FORMAT + "\", ...}");
        }
    }

    static void expectEnd(JsonParser p) {
        if (p.nextToken() != null) {
            throw new InvalidInputException(
                    "file",
                    "not valid JSON: more content after the end of the backup (line "
                            + p.currentLocation().getLineNr() + ")");
        }
    }

    static InvalidInputException malformed(JacksonException e) {
        String what = e.getOriginalMessage();
        int cut = what.indexOf('\n');
        what = (cut < 0 ? what : what.substring(0, cut))
                .replaceAll(" ?\\(start marker at .*$", "")
                .replaceAll(" ?at \\[Source.*$", "");
        if (what.length() > 200) {
            what = what.substring(0, 197) + "...";
        }
        String at = e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
        return new InvalidInputException("file", "not valid JSON" + at + ": " + what);
    }

    /** Collects the header fields of a backup as a parser passes them. */
    static final class Reader {
        private String format;
        private Integer version;
        private Instant exportedAt;
        private UUID workspaceId;
        private String workspaceName;

        /** Takes the field if it is a header field; the parser stands on its value. */
        boolean accept(String name, JsonParser p) {
            switch (name) {
                case "format" -> format = p.currentToken() == JsonToken.VALUE_STRING ? p.getString() : "(not text)";
                case "version" -> version = p.currentToken() == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                case "exportedAt" -> {
                    try {
                        exportedAt = p.currentToken() == JsonToken.VALUE_STRING ? Instant.parse(p.getString()) : null;
                    } catch (DateTimeParseException e) {
                        exportedAt = null;
                    }
                }
                case "workspace" -> {
                    JsonNode ws = p.readValueAsTree();
                    JsonNode id = ws == null ? null : ws.get("id");
                    try {
                        workspaceId = id != null && id.isString() ? UUID.fromString(id.stringValue()) : null;
                    } catch (IllegalArgumentException e) {
                        throw new InvalidInputException("workspace.id", "not a uuid: " + id);
                    }
                    JsonNode n = ws == null ? null : ws.get("name");
                    workspaceName = n != null && n.isString() ? n.stringValue() : null;
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        BackupHeader checked() {
            if (format == null) {
                throw new InvalidInputException("format", "not a Northstar backup: the \"format\" field is missing");
            }
            if (!FORMAT.equals(format)) {
                throw new InvalidInputException(
                        "format",
                        "not a Northstar workspace backup: format is \"" + format + "\", expected \"" + FORMAT + "\"");
            }
            if (version == null || version < 1) {
                throw new InvalidInputException(
                        "version", "the backup has no valid \"version\" (expected " + VERSION + ")");
            }
            if (version > VERSION) {
                throw new InvalidInputException(
                        "version",
                        "the backup has version " + version + ", newer than this Northstar reads (" + VERSION
                                + "); upgrade Northstar first");
            }
            if (workspaceId == null) {
                throw new InvalidInputException(
                        "workspace", "the backup does not say which workspace it holds (\"workspace\": {\"id\": ...})");
            }
            return new BackupHeader(format, version, exportedAt, workspaceId, workspaceName);
        }
    }
}
