package dev.northstar.specs.web;

import dev.northstar.common.ConflictException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.Paging;
import dev.northstar.prioritization.FeatureView;
import dev.northstar.prioritization.Features;
import dev.northstar.specs.Criterion;
import dev.northstar.specs.Stories;
import dev.northstar.specs.StoryFilter;
import dev.northstar.specs.StoryInput;
import dev.northstar.specs.StoryKind;
import dev.northstar.specs.StoryStatus;
import dev.northstar.specs.StoryView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class StoryPages {

    /** What the story form shows: the three parts, criteria rows (with blank ones to fill) and the rest. */
    record StoryForm(
            String kind,
            String first,
            String second,
            String third,
            List<Criterion> criteria,
            String status,
            String estimate,
            Integer version) {

        static final int BLANK_ROWS = 3;

        static StoryForm of(StoryView s) {
            return new StoryForm(
                    s.kind().label(),
                    s.part(0),
                    s.part(1),
                    s.part(2),
                    withBlanks(s.criteria()),
                    s.status().name(),
                    s.estimate() == null ? null : trim(s.estimate()),
                    s.version());
        }

        static StoryForm read(Map<String, String> form, StoryKind fallback) {
            return new StoryForm(
                    form.getOrDefault("kind", fallback.label()),
                    form.get("first"),
                    form.get("second"),
                    form.get("third"),
                    withBlanks(SpecsWeb.criteria(form)),
                    form.get("status"),
                    form.get("estimate"),
                    version(form.get("version")));
        }

        /** The version a form carries; unreadable counts as stale. */
        static Integer version(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        StoryKind storyKind() {
            return StoryKind.parse(kind, "kind");
        }

        StoryInput input(UUID featureId) {
            return new StoryInput(
                    featureId,
                    storyKind(),
                    first,
                    second,
                    third,
                    criteria.stream()
                            .filter(c -> c.given() != null || c.when() != null || c.then() != null)
                            .toList(),
                    StoryStatus.parse(status, "status", StoryStatus.DRAFT),
                    SpecsWeb.number(estimate, "estimate"));
        }

        private static List<Criterion> withBlanks(List<Criterion> criteria) {
            List<Criterion> rows = new ArrayList<>(criteria);
            for (int i = 0; i < BLANK_ROWS; i++) {
                rows.add(new Criterion(null, null, null));
            }
            return rows;
        }

        private static String trim(double v) {
            return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
        }
    }

    private final Stories stories;
    private final Features features;
    private final dev.northstar.workspace.Workspaces workspaces;
    private final MessageSource messages;

    StoryPages(
            Stories stories, Features features, dev.northstar.workspace.Workspaces workspaces, MessageSource messages) {
        this.stories = stories;
        this.features = features;
        this.workspaces = workspaces;
        this.messages = messages;
    }

    /** Every story of the product grouped by feature, optionally of one status. */
    @GetMapping("/products/{productId}/stories")
    String all(@PathVariable UUID productId, @RequestParam(required = false) String status, Model model) {
        SpecsWeb.page(workspaces, productId, "stories", model);
        StoryStatus s = status == null || status.isBlank() ? null : StoryStatus.parse(status, "status");
        var result = stories.list(productId, new StoryFilter(null, s), new Paging(0, 500));
        Map<UUID, List<StoryView>> byFeature = new LinkedHashMap<>();
        Map<UUID, String> titles = new LinkedHashMap<>();
        for (StoryView v : result.items()) {
            byFeature.computeIfAbsent(v.featureId(), k -> new ArrayList<>()).add(v);
            titles.put(v.featureId(), v.featureTitle());
        }
        model.addAttribute("groups", byFeature);
        model.addAttribute("titles", titles);
        model.addAttribute("total", result.total());
        model.addAttribute("shown", result.items().size());
        model.addAttribute("status", s);
        model.addAttribute("statuses", StoryStatus.values());
        model.addAttribute("counts", stories.countByStatus(productId));
        return "specs/stories";
    }

    /** The Jira CSV for a signed-in browser (the API needs a token). */
    @GetMapping("/products/{productId}/stories/export.csv")
    org.springframework.http.ResponseEntity<byte[]> export(
            @PathVariable UUID productId, @RequestParam(required = false) String featureId) {
        return StoriesApi.csv(stories.jiraCsv(productId, SpecsWeb.uuid(featureId, "featureId")));
    }

    @GetMapping("/products/{productId}/features/{featureId}/stories")
    String ofFeature(@PathVariable UUID productId, @PathVariable UUID featureId, Model model) {
        SpecsWeb.page(workspaces, productId, "stories", model);
        model.addAttribute("feature", features.get(productId, featureId));
        model.addAttribute("stories", stories.ofFeature(productId, featureId));
        model.addAttribute("statuses", StoryStatus.values());
        return "specs/feature-stories";
    }

    @GetMapping("/products/{productId}/features/{featureId}/stories/new")
    String create(
            @PathVariable UUID productId,
            @PathVariable UUID featureId,
            @RequestParam(required = false) String kind,
            Model model) {
        StoryKind k = kind == null || kind.isBlank() ? StoryKind.USER : StoryKind.parse(kind, "kind");
        return form(
                productId,
                featureId,
                null,
                StoryForm.read(Map.of("kind", k.label(), "status", StoryStatus.DRAFT.name()), k),
                model);
    }

    @PostMapping("/products/{productId}/features/{featureId}/stories")
    String save(
            @PathVariable UUID productId,
            @PathVariable UUID featureId,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes flash) {
        StoryForm form = StoryForm.read(params, StoryKind.USER);
        try {
            stories.create(productId, form.input(featureId));
            flash.addFlashAttribute("flash", msg("specs.story.created"));
            return "redirect:/products/" + productId + "/features/" + featureId + "/stories";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return form(productId, featureId, null, form, model);
        }
    }

    @GetMapping("/products/{productId}/features/{featureId}/stories/{storyId}/edit")
    String edit(@PathVariable UUID productId, @PathVariable UUID featureId, @PathVariable UUID storyId, Model model) {
        return form(productId, featureId, storyId, StoryForm.of(story(productId, featureId, storyId)), model);
    }

    @PostMapping("/products/{productId}/features/{featureId}/stories/{storyId}")
    String update(
            @PathVariable UUID productId,
            @PathVariable UUID featureId,
            @PathVariable UUID storyId,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes flash) {
        StoryView current = story(productId, featureId, storyId);
        StoryForm form = StoryForm.read(params, current.kind());
        try {
            stories.update(productId, storyId, form.version() == null ? -1 : form.version(), form.input(featureId));
            flash.addFlashAttribute("flash", msg("specs.story.saved"));
            return "redirect:/products/" + productId + "/features/" + featureId + "/stories";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return form(productId, featureId, storyId, form, model);
        } catch (ConflictException e) {
            model.addAttribute("conflict", msg("specs.story.conflict"));
            return form(
                    productId,
                    featureId,
                    storyId,
                    new StoryForm(
                            form.kind(),
                            form.first(),
                            form.second(),
                            form.third(),
                            form.criteria(),
                            form.status(),
                            form.estimate(),
                            current.version()),
                    model);
        }
    }

    @PostMapping("/products/{productId}/features/{featureId}/stories/{storyId}/move")
    String move(
            @PathVariable UUID productId,
            @PathVariable UUID featureId,
            @PathVariable UUID storyId,
            @RequestParam int step) {
        story(productId, featureId, storyId);
        stories.move(productId, storyId, step);
        return "redirect:/products/" + productId + "/features/" + featureId + "/stories#story-" + storyId;
    }

    /** The drag-and-drop order from the page's script; answers 204. */
    @PostMapping("/products/{productId}/features/{featureId}/stories/order")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void order(
            @PathVariable UUID productId,
            @PathVariable UUID featureId,
            @RequestParam(name = "storyIds", required = false) List<String> storyIds) {
        List<UUID> ids = new ArrayList<>();
        if (storyIds != null) {
            for (int i = 0; i < storyIds.size(); i++) {
                ids.add(SpecsWeb.uuid(storyIds.get(i), "storyIds[" + i + "]"));
            }
        }
        stories.reorder(productId, featureId, ids);
    }

    @PostMapping("/products/{productId}/features/{featureId}/stories/{storyId}/status")
    String status(
            @PathVariable UUID productId,
            @PathVariable UUID featureId,
            @PathVariable UUID storyId,
            @RequestParam String status,
            RedirectAttributes flash) {
        story(productId, featureId, storyId);
        try {
            StoryView s = stories.changeStatus(productId, storyId, StoryStatus.parse(status, "status"));
            flash.addFlashAttribute(
                    "flash",
                    msg(
                            "specs.story.statusChanged",
                            msg("specs.status." + s.status().name())));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("flash", e.errors().getFirst().message());
        }
        return "redirect:/products/" + productId + "/features/" + featureId + "/stories#story-" + storyId;
    }

    @PostMapping("/products/{productId}/features/{featureId}/stories/{storyId}/delete")
    String delete(
            @PathVariable UUID productId,
            @PathVariable UUID featureId,
            @PathVariable UUID storyId,
            RedirectAttributes flash) {
        story(productId, featureId, storyId);
        stories.delete(productId, storyId);
        flash.addFlashAttribute("flash", msg("specs.story.deleted"));
        return "redirect:/products/" + productId + "/features/" + featureId + "/stories";
    }

    private StoryView story(UUID productId, UUID featureId, UUID storyId) {
        StoryView s = stories.get(productId, storyId);
        if (!s.featureId().equals(featureId)) {
            throw new dev.northstar.common.NotFoundException("story");
        }
        return s;
    }

    private String form(UUID productId, UUID featureId, UUID storyId, StoryForm form, Model model) {
        SpecsWeb.editorPage(workspaces, productId, "stories", model);
        FeatureView feature = features.get(productId, featureId);
        StoryKind kind;
        try {
            kind = form.storyKind();
        } catch (InvalidInputException e) {
            kind = StoryKind.USER;
        }
        model.addAttribute("feature", feature);
        model.addAttribute("storyId", storyId);
        model.addAttribute("form", form);
        model.addAttribute("kind", kind);
        model.addAttribute("partNames", kind.parts());
        model.addAttribute("statuses", StoryStatus.values());
        return "specs/story-form";
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
