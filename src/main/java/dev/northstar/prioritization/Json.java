package dev.northstar.prioritization;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Score inputs and breakdowns as stored: small JSON objects. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private Json() {}

    static String write(Map<String, ?> value) {
        return MAPPER.writeValueAsString(value);
    }

    static Map<String, Object> read(String json) {
        return json == null ? null : MAPPER.readValue(json, MAP);
    }
}
