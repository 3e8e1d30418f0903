package dev.northstar.practice.web;

import dev.northstar.common.InvalidInputException;
import dev.northstar.practice.Situation;
import dev.northstar.practice.Skill;
import dev.northstar.practice.StoryBank;
import dev.northstar.practice.StoryFormat;
import dev.northstar.practice.StoryInput;
import dev.northstar.practice.StoryView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The story bank pages: the matrix with every story, the story form, and one story with its feedback. */
@Controller
@RequestMapping("/practice/stories")
class StoryBankPages {

    /** What the form shows: the typed values, kept as typed when saving fails. */
    record Form(
            String title,
            StoryFormat format,
            Map<String, String> parts,
            List<String> situations,
            List<String> skills) {}

    private final StoryBank stories;
    private final MessageSource messages;

    StoryBankPages(StoryBank stories, MessageSource messages) {
        this.stories = stories;
        this.messages = messages;
    }

    @GetMapping
    String bank(Model model) {
        area(model);
        model.addAttribute("matrix", stories.matrix());
        model.addAttribute("situations", Situation.values());
        return "practice/stories/bank";
    }

    @GetMapping("/new")
    String newStory(
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String situation,
            Model model) {
        StoryFormat f = "carl".equalsIgnoreCase(format) ? StoryFormat.CARL : StoryFormat.STAR;
        List<String> situations = situation == null ? List.of() : List.of(situation);
        return form(null, null, new Form("", f, Map.of(), situations, List.of()), model);
    }

    @PostMapping
    String create(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes flash) {
        Form form = read(params);
        try {
            StoryView s = stories.create(input(form));
            flash.addFlashAttribute("flash", msg("stories.created"));
            return "redirect:/practice/stories/" + s.id();
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return form(null, null, form, model);
        }
    }

    @GetMapping("/{id}")
    String story(@PathVariable UUID id, Model model) {
        area(model);
        model.addAttribute("story", stories.get(id));
        return "practice/stories/story";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        StoryView s = stories.get(id);
        return form(
                id,
                s.version(),
                new Form(
                        s.title(),
                        s.format(),
                        s.parts(),
                        s.situations().stream().map(Situation::key).toList(),
                        s.skills().stream().map(Skill::key).toList()),
                model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @RequestParam int version,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes flash) {
        Form form = read(params);
        try {
            stories.update(id, version, input(form));
            flash.addFlashAttribute("flash", msg("stories.saved"));
            return "redirect:/practice/stories/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return form(id, version, form, model);
        }
    }

    @PostMapping("/{id}/portfolio")
    String portfolio(@PathVariable UUID id, @RequestParam boolean portfolio, RedirectAttributes flash) {
        stories.portfolio(id, portfolio);
        flash.addFlashAttribute("flash", msg(portfolio ? "stories.portfolio.on" : "stories.portfolio.off"));
        return "redirect:/practice/stories/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes flash) {
        StoryView s = stories.get(id);
        stories.delete(id);
        flash.addFlashAttribute("flash", msg("stories.deleted", s.title()));
        return "redirect:/practice/stories";
    }

    private String form(UUID id, Integer version, Form form, Model model) {
        area(model);
        model.addAttribute("storyId", id);
        model.addAttribute("version", version);
        model.addAttribute("form", form);
        model.addAttribute("situations", Situation.values());
        model.addAttribute("skills", Skill.values());
        return "practice/stories/form";
    }

    private static Form read(MultiValueMap<String, String> params) {
        StoryFormat format = "carl".equalsIgnoreCase(params.getFirst("format")) ? StoryFormat.CARL : StoryFormat.STAR;
        Map<String, String> parts = new LinkedHashMap<>();
        for (String field : format.fields()) {
            String v = params.getFirst("part." + field);
            parts.put(field, v == null ? "" : v);
        }
        return new Form(
                params.getFirst("title"),
                format,
                parts,
                params.getOrDefault("situations", List.of()),
                params.getOrDefault("skills", List.of()));
    }

    private static StoryInput input(Form f) {
        return new StoryInput(f.title(), f.format().key(), f.parts(), f.situations(), f.skills(), null);
    }

    private static void area(Model model) {
        model.addAttribute("area", "practice");
        model.addAttribute("section", "stories");
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
