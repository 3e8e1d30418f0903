package dev.northstar.practice.web;

import dev.northstar.common.ConflictException;
import dev.northstar.common.InvalidInputException;
import dev.northstar.common.Paging;
import dev.northstar.common.web.RequestValues;
import dev.northstar.practice.CheckResult;
import dev.northstar.practice.DeckProduct;
import dev.northstar.practice.ExerciseDraft;
import dev.northstar.practice.ExerciseForm;
import dev.northstar.practice.ExerciseForms;
import dev.northstar.practice.ExerciseKind;
import dev.northstar.practice.ExerciseView;
import dev.northstar.practice.Exercises;
import dev.northstar.practice.NewExercise;
import dev.northstar.practice.PracticeLibrary;
import java.util.Arrays;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The exercise pages: the list with its kind filter, the picker for a new exercise (optionally from a product), and
 * the editor. The editor posts the whole form for every action, so adding or removing a row (through htmx, or a
 * plain post without JavaScript) re-renders from what was typed; only "Save" and "Save and check" write.
 */
@Controller
@RequestMapping("/practice/exercises")
class ExercisePages {

    private static final String BASE = "/practice/exercises";

    private final Exercises exercises;
    private final ExerciseForms forms;
    private final PracticeLibrary library;
    private final MessageSource messages;

    ExercisePages(Exercises exercises, ExerciseForms forms, PracticeLibrary library, MessageSource messages) {
        this.exercises = exercises;
        this.forms = forms;
        this.library = library;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String kind, @RequestParam(required = false) Integer page, Model model) {
        page(model);
        ExerciseKind filter = kind == null || kind.isBlank() ? null : ExerciseKind.parse(kind, "kind");
        Paging paging = Paging.of(page, 25);
        model.addAttribute("exercises", exercises.list(filter, paging));
        model.addAttribute("kind", filter);
        model.addAttribute("kinds", ExerciseKind.values());
        model.addAttribute("anyAtAll", filter == null || exercises.count(null) > 0);
        model.addAttribute("page", paging.page());
        model.addAttribute("size", paging.size());
        model.addAttribute("base", filter == null ? BASE : BASE + "?kind=" + filter.key());
        return "practice/exercises/list";
    }

    @GetMapping("/new")
    String create(
            @RequestParam(required = false) String kind, @RequestParam(required = false) String product, Model model) {
        if (kind == null || kind.isBlank()) {
            return picker(null, product, null, model);
        }
        ExerciseKind k;
        ExerciseDraft draft;
        try {
            k = ExerciseKind.parse(kind, "kind");
            draft = exercises.draft(k, RequestValues.uuid(product, "productId"));
        } catch (InvalidInputException e) {
            return picker(kind, product, e, model);
        }
        return editor(
                k,
                null,
                draft.title(),
                ExerciseEditor.raw(forms.form(k), draft.content()),
                draft.productId(),
                draft.productName(),
                null,
                null,
                null,
                model);
    }

    @PostMapping
    String save(
            @RequestParam MultiValueMap<String, String> params,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes flash) {
        ExerciseKind kind = ExerciseKind.parse(params.getFirst("kind"), "kind");
        ExerciseForm form = forms.form(kind);
        Map<String, Object> raw = ExerciseEditor.parse(form, params);
        UUID productId = RequestValues.uuid(params.getFirst("productId"), "productId");
        String productName = params.getFirst("productName");
        String title = params.getFirst("title");
        String op = params.getFirst("op");
        if (isEdit(op)) {
            String focus = edit(form, raw, op, params);
            model.addAttribute("focus", focus);
            return editorOrFields(kind, null, title, raw, productId, productName, null, htmx, model);
        }
        try {
            ExerciseView e =
                    exercises.create(new NewExercise(kind, title, ExerciseEditor.content(form, raw), productId));
            flash.addFlashAttribute("flash", msg("exercises.saved", e.title()));
            return "redirect:" + BASE + "/" + e.id() + ("check".equals(op) ? "?check=true#check-results" : "");
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return editor(kind, null, title, raw, productId, productName, null, null, e, model);
        }
    }

    @GetMapping("/{id}")
    String view(@PathVariable UUID id, @RequestParam(required = false) Boolean check, Model model) {
        ExerciseView e = exercises.get(id);
        CheckResult result = Boolean.TRUE.equals(check) ? exercises.check(id) : null;
        model.addAttribute("exercise", e);
        return editor(
                e.kind(),
                e.id(),
                e.title(),
                ExerciseEditor.raw(forms.form(e.kind()), e.content()),
                e.productId(),
                e.productName(),
                e.version(),
                result,
                null,
                model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> params,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes flash) {
        ExerciseView current = exercises.get(id);
        ExerciseForm form = forms.form(current.kind());
        Map<String, Object> raw = ExerciseEditor.parse(form, params);
        String title = params.getFirst("title");
        String op = params.getFirst("op");
        int version = version(params.getFirst("version"));
        model.addAttribute("exercise", current);
        if (isEdit(op)) {
            model.addAttribute("focus", edit(form, raw, op, params));
            return editorOrFields(
                    current.kind(), id, title, raw, current.productId(), current.productName(), version, htmx, model);
        }
        try {
            ExerciseView saved = exercises.update(id, version, title, ExerciseEditor.content(form, raw));
            flash.addFlashAttribute("flash", msg("exercises.saved", saved.title()));
            return "redirect:" + BASE + "/" + id + ("check".equals(op) ? "?check=true#check-results" : "");
        } catch (InvalidInputException e) {
            return editor(
                    current.kind(),
                    id,
                    title,
                    raw,
                    current.productId(),
                    current.productName(),
                    version,
                    null,
                    e,
                    model);
        } catch (ConflictException e) {
            model.addAttribute("conflict", msg("exercises.conflict"));
            return editor(
                    current.kind(),
                    id,
                    title,
                    raw,
                    current.productId(),
                    current.productName(),
                    exercises.get(id).version(),
                    null,
                    null,
                    model);
        }
    }

    @PostMapping("/{id}/portfolio")
    String portfolio(@PathVariable UUID id, @RequestParam boolean portfolio, RedirectAttributes flash) {
        ExerciseView e = exercises.portfolio(id, portfolio);
        flash.addFlashAttribute(
                "flash", msg(portfolio ? "exercises.portfolio.added" : "exercises.portfolio.removed", e.title()));
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes flash) {
        ExerciseView e = exercises.get(id);
        exercises.delete(id);
        flash.addFlashAttribute("flash", msg("exercises.deleted", e.title()));
        return "redirect:" + BASE;
    }

    private String picker(String kind, String product, InvalidInputException error, Model model) {
        page(model);
        model.addAttribute(
                "guided",
                Arrays.stream(ExerciseKind.values())
                        .filter(k -> !k.template())
                        .map(forms::form)
                        .toList());
        model.addAttribute(
                "templates",
                Arrays.stream(ExerciseKind.values())
                        .filter(ExerciseKind::template)
                        .map(forms::form)
                        .toList());
        model.addAttribute("sources", exercises.sources());
        model.addAttribute("chosenKind", kind);
        model.addAttribute("chosenProduct", product);
        model.addAttribute("error", error);
        return "practice/exercises/new";
    }

    private String editorOrFields(
            ExerciseKind kind,
            UUID id,
            String title,
            Map<String, Object> raw,
            UUID productId,
            String productName,
            Integer version,
            String htmx,
            Model model) {
        String page = editor(kind, id, title, raw, productId, productName, version, null, null, model);
        return "true".equals(htmx) ? page + " :: fields" : page;
    }

    private String editor(
            ExerciseKind kind,
            UUID id,
            String title,
            Map<String, Object> raw,
            UUID productId,
            String productName,
            Integer version,
            CheckResult check,
            InvalidInputException error,
            Model model) {
        page(model);
        ExerciseForm form = forms.form(kind);
        String focus = (String) model.getAttribute("focus");
        model.addAttribute("kind", kind);
        model.addAttribute("formDef", form);
        model.addAttribute("view", ExerciseEditor.view(form, raw, check, error, exercises::card, focus));
        model.addAttribute("exerciseId", id);
        model.addAttribute("exTitle", title == null ? "" : title);
        model.addAttribute("productId", productId);
        model.addAttribute("productName", productName);
        model.addAttribute("version", version);
        model.addAttribute("check", check);
        model.addAttribute("error", error);
        model.addAttribute("action", id == null ? BASE : BASE + "/" + id);
        model.addAttribute("framework", framework(kind, raw));
        model.addAttribute("preview", ExercisePreview.of(kind, ExerciseEditor.content(form, raw)));
        if (check != null) {
            model.addAttribute(
                    "missing",
                    check.findings().stream()
                            .filter(f -> f.level().equals("missing"))
                            .count());
            model.addAttribute(
                    "weak",
                    check.findings().stream()
                            .filter(f -> f.level().equals("weak"))
                            .count());
        }
        return "practice/exercises/editor";
    }

    /** The framework card shown beside a template: AARM when that model is chosen, else the kind's own card. */
    private Object framework(ExerciseKind kind, Map<String, Object> raw) {
        if (kind == ExerciseKind.AARRR && "aarm".equals(raw.get("model"))) {
            return library.framework("aarm")
                    .or(() -> library.framework("aarrr"))
                    .orElse(null);
        }
        return library.framework(kind.key()).orElse(null);
    }

    private String edit(ExerciseForm form, Map<String, Object> raw, String op, MultiValueMap<String, String> params) {
        if ("draw".equals(op)) {
            List<DeckProduct> pair = exercises.draw();
            raw.put("productA", pair.get(0).key());
            raw.put("productB", pair.get(1).key());
            return null;
        }
        Map<String, String> seed = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("seed.") && !v.isEmpty()) {
                seed.put(k.substring("seed.".length()), v.getFirst());
            }
        });
        return ExerciseEditor.apply(form, raw, op, seed);
    }

    private static boolean isEdit(String op) {
        return op != null && (op.startsWith("add:") || op.startsWith("remove:") || op.equals("draw"));
    }

    private static int version(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (RuntimeException e) {
            throw new InvalidInputException("version", "is required: the version you opened");
        }
    }

    private static void page(Model model) {
        model.addAttribute("area", "practice");
        model.addAttribute("section", "exercises");
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
