package dev.northstar.discovery.web;

import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.discovery.ThemeList;
import dev.northstar.discovery.ThemeView;
import dev.northstar.discovery.Themes;
import dev.northstar.discovery.web.NotesApi.NoteJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/products/{productId}/themes")
@Tag(name = "Themes", description = "The inbox grouped into themes of notes with similar meaning")
class ThemesApi {

    record ThemeJson(UUID id, String label, List<String> keywords, int size, List<NoteJson> examples) {
        static ThemeJson of(ThemeView t) {
            return new ThemeJson(
                    t.id(),
                    t.label(),
                    t.keywords(),
                    t.size(),
                    t.examples().stream().map(NoteJson::of).toList());
        }
    }

    record ThemeListJson(List<ThemeJson> items, long total, Instant computedAt, long notes, long pending, int minimum) {
        static ThemeListJson of(ThemeList l) {
            return new ThemeListJson(
                    l.items().stream().map(ThemeJson::of).toList(),
                    l.total(),
                    l.computedAt(),
                    l.notes(),
                    l.pending(),
                    l.minimum());
        }
    }

    private final Themes themes;

    ThemesApi(Themes themes) {
        this.themes = themes;
    }

    @Operation(
            summary = "Themes, biggest first, with keywords, size and three typical notes",
            description =
                    "computedAt is null before the first computation; notes counts the inbox and pending the notes not yet read for meaning; "
                            + "an inbox with fewer than minimum read notes has no themes.")
    @GetMapping
    ThemeListJson list(@PathVariable("productId") UUID id) {
        return ThemeListJson.of(themes.list(id));
    }

    @Operation(summary = "Recompute the themes now from the notes read so far (editors)")
    @PostMapping("/recompute")
    ThemeListJson recompute(@PathVariable("productId") UUID id) {
        return ThemeListJson.of(themes.recompute(id));
    }

    @GetMapping("/{themeId}")
    ThemeJson get(@PathVariable("productId") UUID id, @PathVariable UUID themeId) {
        return ThemeJson.of(themes.get(id, themeId));
    }

    @Operation(summary = "The notes of a theme, most typical first")
    @GetMapping("/{themeId}/notes")
    PageResult<NoteJson> notes(
            @PathVariable("productId") UUID id,
            @PathVariable UUID themeId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return themes.notes(id, themeId, Paging.of(page, size)).map(NoteJson::of);
    }
}
