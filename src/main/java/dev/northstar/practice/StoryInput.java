package dev.northstar.practice;

import java.util.List;
import java.util.Map;

/** What the user writes for a story: texts are raw; the facade validates them and names any field at fault. */
public record StoryInput(
        String title,
        String format,
        Map<String, String> parts,
        List<String> situations,
        List<String> skills,
        Boolean portfolio) {}
