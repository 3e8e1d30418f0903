package dev.northstar.roadmap;

import dev.northstar.strategy.GoalView;
import dev.northstar.strategy.Goals;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Names goals for the goal swimlanes, from the strategy module. */
@Component
class GoalNames {

    private final Goals goals;

    GoalNames(Goals goals) {
        this.goals = goals;
    }

    Function<UUID, String> of(UUID productId) {
        Map<UUID, String> names = new HashMap<>();
        for (GoalView g : goals.all(productId)) {
            names.put(g.id(), g.title());
        }
        return names::get;
    }
}
