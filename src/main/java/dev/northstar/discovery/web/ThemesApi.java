package dev.northstar.discovery.web;

import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.discovery.NoteView;
import dev.northstar.discovery.ThemeList;
import dev.northstar.discovery.ThemeView;
import dev.northstar.discovery.Themes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/products/{id}/themes")
@Tag(name = "Themes", description = "The inbox grouped into themes of similar notes")
class ThemesApi {

    private final Themes themes;

    ThemesApi(Themes themes) {
        this.themes = themes;
    }

    @Operation(summary = "Themes, biggest first, with keywords, size and three example notes")
    @GetMapping
    ThemeList list(@PathVariable UUID id) {
        return themes.list(id);
    }

    @Operation(summary = "Recompute the themes now from the notes read so far (editors)")
    @PostMapping("/recompute")
    ThemeList recompute(@PathVariable UUID id) {
        return themes.recompute(id);
    }

    @GetMapping("/{themeId}")
    ThemeView get(@PathVariable UUID id, @PathVariable UUID themeId) {
        return themes.get(id, themeId);
    }

    @Operation(summary = "The notes of a theme, most typical first")
    @GetMapping("/{themeId}/notes")
    PageResult<NoteView> notes(@PathVariable UUID id, @PathVariable UUID themeId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return themes.notes(id, themeId, Paging.of(page, size));
    }
}
