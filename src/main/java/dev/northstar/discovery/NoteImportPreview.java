package dev.northstar.discovery;

import java.util.List;
import java.util.Map;

/**
 * An uploaded CSV file waiting to be imported: its columns, its first rows, and for each note field
 * the column recognised from its name (absent when none was).
 */
public record NoteImportPreview(
        String token,
        String fileName,
        long size,
        List<String> columns,
        List<List<String>> rows,
        Map<String, String> suggested) {}
