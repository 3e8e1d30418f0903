package dev.northstar.practice.web;

import dev.northstar.practice.ExerciseKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What some templates look like put together, shown under the editor: the positioning statement as one sentence, job
 * stories as sentences, the power/interest grid, the opportunity–solution tree. Null for kinds without a preview.
 */
record ExercisePreview(
        String kind, String statement, List<String> sentences, Map<String, List<String>> quadrants, Node tree) {

    record Node(String text, String type, List<Node> children) {}

    static ExercisePreview of(ExerciseKind kind, Map<String, Object> content) {
        return switch (kind) {
            case POSITIONING -> positioning(content);
            case JOB_STORIES -> jobStories(content);
            case POWER_INTEREST -> grid(content);
            case OPPORTUNITY_SOLUTION_TREE -> tree(content);
            default -> null;
        };
    }

    private static ExercisePreview positioning(Map<String, Object> c) {
        String s = "For " + part(c, "target") + " who " + part(c, "need") + ", " + part(c, "productName") + " is a "
                + part(c, "category") + " that " + part(c, "benefit") + ". Unlike " + part(c, "alternative")
                + ", our product " + part(c, "differentiation") + ".";
        return new ExercisePreview("positioning", s.replace("..", "."), List.of(), Map.of(), null);
    }

    private static ExercisePreview jobStories(Map<String, Object> c) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> row : rows(c.get("stories"))) {
            out.add("When " + cell(row, "situation", "when") + ", I want to " + cell(row, "motivation", "i want to")
                    + ", so I can " + cell(row, "outcome", "so i can") + ".");
        }
        return out.isEmpty() ? null : new ExercisePreview("job-stories", null, out, Map.of(), null);
    }

    private static ExercisePreview grid(Map<String, Object> c) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        for (String name : List.of("keep satisfied", "manage closely", "monitor", "keep informed")) {
            q.put(name, new ArrayList<>());
        }
        boolean any = false;
        for (Map<String, Object> row : rows(c.get("stakeholders"))) {
            Object power = row.get("power");
            Object interest = row.get("interest");
            Object who = row.get("stakeholder");
            if (power == null || interest == null || who == null) {
                continue;
            }
            boolean hp = "high".equals(power);
            boolean hi = "high".equals(interest);
            String quadrant = hp && hi ? "manage closely" : hp ? "keep satisfied" : hi ? "keep informed" : "monitor";
            q.get(quadrant).add(who.toString());
            any = true;
        }
        return any ? new ExercisePreview("power-interest", null, List.of(), q, null) : null;
    }

    private static ExercisePreview tree(Map<String, Object> c) {
        Object outcome = c.get("outcome");
        List<Node> opportunities = new ArrayList<>();
        List<Map<String, Object>> solutions = rows(c.get("solutions"));
        List<Map<String, Object>> experiments = rows(c.get("experiments"));
        for (Map<String, Object> o : rows(c.get("opportunities"))) {
            String text = String.valueOf(o.getOrDefault("opportunity", ""));
            if (text.isBlank()) {
                continue;
            }
            List<Node> sols = new ArrayList<>();
            for (Map<String, Object> s : solutions) {
                if (!text.equalsIgnoreCase(String.valueOf(s.getOrDefault("opportunity", "")))) {
                    continue;
                }
                String solution = String.valueOf(s.getOrDefault("solution", ""));
                List<Node> tests = new ArrayList<>();
                for (Map<String, Object> e : experiments) {
                    if (solution.equalsIgnoreCase(String.valueOf(e.getOrDefault("solution", "")))
                            && e.get("experiment") != null) {
                        tests.add(new Node(e.get("experiment").toString(), "test", List.of()));
                    }
                }
                sols.add(new Node(solution, "solution", tests));
            }
            opportunities.add(new Node(text, "opportunity", sols));
        }
        if (outcome == null && opportunities.isEmpty()) {
            return null;
        }
        return new ExercisePreview(
                "opportunity-solution-tree",
                null,
                List.of(),
                Map.of(),
                new Node(outcome == null ? "…" : outcome.toString(), "outcome", opportunities));
    }

    private static String part(Map<String, Object> c, String key) {
        Object v = c.get(key);
        return v == null || v.toString().isBlank() ? "…" : v.toString().strip();
    }

    private static String cell(Map<String, Object> row, String key, String lead) {
        Object v = row.get(key);
        if (v == null || v.toString().isBlank()) {
            return "…";
        }
        String t = v.toString().strip();
        if (t.toLowerCase(Locale.ROOT).startsWith(lead + " ")) {
            t = t.substring(lead.length()).strip();
        }
        return t.replaceAll("[.,]+$", "");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Object v) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map<?, ?> m) {
                    out.add((Map<String, Object>) m);
                }
            }
        }
        return out;
    }
}
