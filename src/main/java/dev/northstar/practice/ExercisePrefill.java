package dev.northstar.practice;

import dev.northstar.common.InvalidInputException;
import dev.northstar.common.NotFoundException;
import dev.northstar.common.Paging;
import dev.northstar.discovery.NeedView;
import dev.northstar.discovery.Needs;
import dev.northstar.discovery.PersonaKind;
import dev.northstar.discovery.PersonaView;
import dev.northstar.discovery.Personas;
import dev.northstar.strategy.GoalView;
import dev.northstar.strategy.Goals;
import dev.northstar.strategy.KeyResultView;
import dev.northstar.workspace.ProductView;
import dev.northstar.workspace.Workspaces;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What a product of the user's workspaces contributes to a new exercise: its name and description, its personas and
 * segments (discovery), its unmet needs (discovery) and the key results of its goals as metrics (strategy). Each form
 * field names the part it takes ({@code prefill} in the definitions); table columns take the source's parts of the
 * same name.
 */
@Component
class ExercisePrefill {

    static final int MAX_ROWS = 20;

    /** Everything read from one product, once. */
    record Source(ProductView product, List<PersonaView> personas, List<NeedView> needs, List<GoalView> goals) {}

    private final Workspaces workspaces;
    private final Personas personas;
    private final Needs needs;
    private final Goals goals;

    ExercisePrefill(Workspaces workspaces, Personas personas, Needs needs, Goals goals) {
        this.workspaces = workspaces;
        this.personas = personas;
        this.needs = needs;
        this.goals = goals;
    }

    /** Reads a product the current user can see (viewer or more); 400 naming productId otherwise. */
    Source load(UUID productId) {
        ProductView product;
        try {
            product = workspaces.product(productId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("productId", "no product with this id in your workspaces");
        }
        return new Source(
                product,
                personas.list(productId, null, new Paging(0, MAX_ROWS * 2)).items(),
                needs.list(productId, dev.northstar.discovery.NeedFilter.ALL, new Paging(0, MAX_ROWS))
                        .items(),
                goals.all(productId));
    }

    /** The content a form starts with from this source. */
    Map<String, Object> fill(ExerciseForm form, Source s) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ExerciseForm.Field field : form.fields()) {
            if (field.prefill() == null) {
                continue;
            }
            Object value = switch (field.type()) {
                case TABLE -> table(field, rows(field.prefill(), s));
                case LIST -> nonEmpty(texts(field.prefill(), s));
                case TEXT, LONG -> text(field, s);
                default -> null;
            };
            if (value != null) {
                out.put(field.key(), value);
            }
        }
        return out;
    }

    private static Object table(ExerciseForm.Field field, List<Map<String, String>> source) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, String> src : source) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (ExerciseForm.Column c : field.columns()) {
                String v = src.get(c.key());
                if (v != null && !v.isBlank() && (c.type() != ExerciseForm.Type.CHOICE || c.hasOption(v))) {
                    row.put(c.key(), v);
                }
            }
            if (!row.isEmpty()) {
                rows.add(row);
            }
        }
        return rows.isEmpty() ? null : rows;
    }

    private static Object text(ExerciseForm.Field field, Source s) {
        String p = field.prefill();
        String value = switch (p) {
            case "product" ->
                field.type() == ExerciseForm.Type.LONG && s.product().description() != null
                        ? s.product().name() + " — " + s.product().description()
                        : s.product().name();
            case "productDescription" -> s.product().description();
            case "personaName" -> first(texts("personas", s));
            case "needTitle" -> first(texts("needs", s));
            case "personaNames" -> lines(texts("personas", s), field);
            case "needTitles" -> lines(texts("needs", s).stream().limit(3).toList(), field);
            case "metricTitles" -> lines(texts("metrics", s), field);
            default -> lines(texts(p, s), field);
        };
        return value == null || value.isBlank() ? null : value;
    }

    private static String first(List<String> items) {
        return items.isEmpty() ? null : items.getFirst();
    }

    private static String lines(List<String> items, ExerciseForm.Field field) {
        if (items.isEmpty()) {
            return null;
        }
        return field.type() == ExerciseForm.Type.TEXT
                ? String.join(", ", items)
                : String.join("\n", items.stream().map(i -> "- " + i).toList());
    }

    private static Object nonEmpty(List<String> items) {
        return items.isEmpty() ? null : items;
    }

    /** The texts a list takes from a source: names, need titles, metrics. */
    private static List<String> texts(String prefill, Source s) {
        return switch (prefill) {
            case "personas", "personaNames", "personaName" ->
                s.personas().stream()
                        .filter(p -> p.kind() == PersonaKind.PERSONA)
                        .map(PersonaView::name)
                        .toList();
            case "segments" ->
                s.personas().stream()
                        .filter(p -> p.kind() == PersonaKind.SEGMENT)
                        .map(PersonaView::name)
                        .toList();
            case "needs", "needTitles", "needTitle" ->
                s.needs().stream().map(NeedView::title).toList();
            case "metrics", "metricTitles" -> metrics(s);
            case "product" -> List.of(s.product().name());
            default -> List.of();
        };
    }

    /** The rows a table takes from a source, with parts named like the columns that take them. */
    private static List<Map<String, String>> rows(String prefill, Source s) {
        List<Map<String, String>> out = new ArrayList<>();
        switch (prefill) {
            case "personas" -> {
                for (PersonaView p : s.personas()) {
                    if (p.kind() != PersonaKind.PERSONA) {
                        continue;
                    }
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("name", p.name());
                    for (String part : ProductExecutionChecker.PERSONA_PARTS) {
                        row.put(part, p.text(part));
                    }
                    out.add(row);
                }
            }
            case "segments" -> {
                for (PersonaView p : s.personas()) {
                    if (p.kind() != PersonaKind.SEGMENT) {
                        continue;
                    }
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("segment", p.name());
                    row.put("definedBy", join(p.summary(), p.behaviours()));
                    out.add(row);
                }
            }
            case "needs" -> {
                for (NeedView n : s.needs()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("need", n.title());
                    row.put("opportunity", n.title());
                    row.put("motivation", n.title());
                    row.put("persona", n.personaName());
                    row.put("description", n.description());
                    if (n.evidenceCount() > 0) {
                        row.put(
                                "evidence",
                                n.evidenceCount() + (n.evidenceCount() == 1 ? " highlight" : " highlights")
                                        + " in customer notes"
                                        + (n.criticalEvidenceCount() > 0
                                                ? ", " + n.criticalEvidenceCount() + " marked critical"
                                                : ""));
                    }
                    out.add(row);
                }
            }
            case "metrics" -> {
                for (String m : metrics(s)) {
                    out.add(Map.of("metric", m));
                }
            }
            default -> {}
        }
        return out.stream().limit(MAX_ROWS).toList();
    }

    private static List<String> metrics(Source s) {
        List<String> out = new ArrayList<>();
        for (GoalView g : s.goals()) {
            for (KeyResultView kr : g.keyResults()) {
                out.add(kr.unit() == null ? kr.title() : kr.title() + " (" + kr.unit() + ")");
            }
        }
        return out.stream().distinct().limit(MAX_ROWS).toList();
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " — " + b;
    }
}
