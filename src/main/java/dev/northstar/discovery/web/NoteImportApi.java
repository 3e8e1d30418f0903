package dev.northstar.discovery.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.discovery.NoteImportMapping;
import dev.northstar.discovery.NoteImports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/products/{productId}/notes/import")
@Tag(
        name = "Feedback import",
        description = "CSV import of feedback notes: generic files, Productboard notes exports, Jira issue exports")
class NoteImportApi {

    record Imported(int imported) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NoteImports imports;

    NoteImportApi(NoteImports imports) {
        this.imports = imports;
    }

    @Operation(
            summary =
                    "Import notes from a CSV file sent as the request body (Content-Type: text/csv, header row first)",
            description =
                    "All notes or none: any bad row rejects the file with a problem naming each line and column (up to 20). "
                            + "Columns are recognised by name (text/note/content/description/body/summary, source, customer, company, segment, "
                            + "plan, revenue, date, tags, state, and the columns of Productboard and Jira exports). Editors and up.")
    @PostMapping(consumes = {"text/csv", "application/csv", "text/plain"})
    @ResponseStatus(HttpStatus.CREATED)
    Imported importCsv(
            @PathVariable UUID productId,
            @Parameter(
                            description =
                                    "JSON object from note field to column name(s), e.g. {\"text\":\"Feedback\",\"tags\":[\"Labels\"],\"source\":null}; "
                                            + "fields left out are recognised by name, null or \"\" skips a field")
                    @RequestParam(required = false)
                    String mapping,
            HttpServletRequest request)
            throws IOException {
        NoteImportMapping columns = mapping(mapping);
        try (Reader body = new InputStreamReader(request.getInputStream(), charset(request.getContentType()))) {
            return new Imported(imports.importCsv(productId, body, columns));
        }
    }

    static NoteImportMapping mapping(String json) {
        if (json == null || json.isBlank()) {
            return NoteImportMapping.recognised();
        }
        Object parsed;
        try {
            parsed = JSON.readValue(json, Object.class);
        } catch (JacksonException e) {
            parsed = null;
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new InvalidInputException(
                    "mapping",
                    "must be a JSON object from field to column name, e.g. {\"text\":\"Summary\",\"tags\":[\"Labels\"]}");
        }
        Map<String, Object> byField = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> byField.put(String.valueOf(k), v));
        return NoteImportMapping.of(byField);
    }

    private static Charset charset(String contentType) {
        try {
            Charset cs = contentType == null
                    ? null
                    : MediaType.parseMediaType(contentType).getCharset();
            return cs == null ? StandardCharsets.UTF_8 : cs;
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
