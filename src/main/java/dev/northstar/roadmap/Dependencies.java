package dev.northstar.roadmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Cycle finding over "feature needs feature" edges. */
final class Dependencies {

    private Dependencies() {}

    /** A cycle in words ("A → B → A"), or null when there is none. */
    static String cycle(List<RoadmapRows.Dependency> edges, Map<UUID, String> titles) {
        return cycle(edges, titles, null);
    }

    /** Like {@link #cycle(List, Map)}, searching from {@code first} before the others (so the message starts there). */
    static String cycle(List<RoadmapRows.Dependency> edges, Map<UUID, String> titles, UUID first) {
        Map<UUID, List<UUID>> next = new HashMap<>();
        for (RoadmapRows.Dependency d : edges) {
            next.computeIfAbsent(d.featureId(), k -> new ArrayList<>()).add(d.needsFeatureId());
        }
        Map<UUID, Integer> state = new HashMap<>(); // 1 = on the path, 2 = done
        List<UUID> starts = new ArrayList<>(next.keySet());
        if (first != null && starts.remove(first)) {
            starts.addFirst(first);
        }
        for (UUID start : starts) {
            List<UUID> path = new ArrayList<>();
            UUID found = visit(start, next, state, path);
            if (found != null) {
                List<UUID> loop = path.subList(path.indexOf(found), path.size());
                StringBuilder s = new StringBuilder();
                for (UUID id : loop) {
                    s.append(titles.getOrDefault(id, id.toString())).append(" → ");
                }
                return s.append(titles.getOrDefault(found, found.toString())).toString();
            }
        }
        return null;
    }

    private static UUID visit(UUID node, Map<UUID, List<UUID>> next, Map<UUID, Integer> state, List<UUID> path) {
        Integer s = state.get(node);
        if (s != null) {
            return s == 1 ? node : null;
        }
        state.put(node, 1);
        path.add(node);
        for (UUID n : next.getOrDefault(node, List.of())) {
            UUID found = visit(n, next, state, path);
            if (found != null) {
                return found;
            }
        }
        path.removeLast();
        state.put(node, 2);
        return null;
    }
}
