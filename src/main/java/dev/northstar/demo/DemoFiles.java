package dev.northstar.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading the demo's content files under {@code demo/cadence/}: for every {@link DemoPart}. */
final class DemoFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DemoFiles() {}

    static JsonNode read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text field, null when absent or null. */
    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    /** A number field, null when absent or null. */
    static Double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asDouble();
    }

    /** An array of strings, empty when absent. */
    static List<String> texts(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = n.get(field);
        if (v != null && v.isArray()) {
            v.forEach(x -> out.add(x.asString()));
        }
        return out;
    }
}
