package dev.northstar.practice;

import java.util.List;

/** The two shapes of a behavioural story; each is checked by the checker of the same key. */
public enum StoryFormat implements Keyed {
    STAR("star", "STAR", List.of("situation", "task", "action", "result")),
    CARL("carl", "CARL", List.of("context", "action", "result", "learning"));

    private final String key;
    private final String label;
    private final List<String> fields;

    StoryFormat(String key, String label, List<String> fields) {
        this.key = key;
        this.label = label;
        this.fields = fields;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    public List<String> fields() {
        return fields;
    }

    public static StoryFormat parse(String value, String field) {
        return Keyed.parse(StoryFormat.class, value, field);
    }
}
