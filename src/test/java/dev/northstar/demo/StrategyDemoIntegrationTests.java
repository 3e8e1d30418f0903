package dev.northstar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.strategy.CompetitorMatrix;
import dev.northstar.strategy.Competitors;
import dev.northstar.strategy.GoalView;
import dev.northstar.strategy.Goals;
import dev.northstar.strategy.Positioning;
import dev.northstar.strategy.Strategies;
import dev.northstar.support.ApiClient;
import dev.northstar.support.ApiTestSupport;
import dev.northstar.support.IntegrationTest;
import dev.northstar.workspace.Access;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The strategy part of the Cadence demo loads completely through the facades. */
@IntegrationTest
class StrategyDemoIntegrationTests extends ApiTestSupport {

    @Autowired
    StrategyDemo demo;

    @Autowired
    Strategies strategies;

    @Autowired
    Goals goals;

    @Autowired
    Competitors competitors;

    @Autowired
    Positioning positioning;

    @Test
    void loadsVisionGoalsCompetitorsPositioningAndACompleteCanvas() {
        ApiClient owner = newUser("Olivia");
        UUID product = UUID.fromString(newProduct(owner, newWorkspace(owner, "Cadence"), "Cadence"));
        Access.asSystem(() -> {
            demo.load(product);
            assertThat(strategies.get(product).vision()).contains("knows when it can work together");
            assertThat(strategies.get(product).narrative()).contains("## Our bets, in order");

            List<GoalView> all = goals.all(product);
            assertThat(all).hasSize(3);
            assertThat(all).allSatisfy(g -> assertThat(g.keyResults()).hasSizeBetween(2, 4));
            assertThat(all).allSatisfy(g -> assertThat(g.progress()).isBetween(0.0, 1.0));
            assertThat(all.stream().flatMap(g -> g.keyResults().stream()))
                    .anySatisfy(k -> assertThat(k.direction()).isEqualTo("decrease"))
                    .allSatisfy(k -> assertThat(k.progress()).isGreaterThan(0.0).isLessThan(1.0));

            CompetitorMatrix matrix = competitors.matrix(product);
            assertThat(matrix.criteria()).hasSize(5);
            assertThat(matrix.competitors()).hasSize(4);
            assertThat(matrix.competitors())
                    .allSatisfy(c -> assertThat(c.ratings()).hasSize(5))
                    .allSatisfy(c -> assertThat(c.website()).startsWith("https://"));

            assertThat(positioning.statement(product).statement())
                    .startsWith("For distributed teams")
                    .contains("Cadence is a team calendar and scheduling tool that");
            assertThat(positioning.canvas(product).filledBoxes()).isEqualTo(9);
            assertThat(positioning.canvas(product).earlyAdopters()).isNotBlank();
            assertThat(positioning.canvas(product).existingAlternatives()).isNotBlank();
        });
    }
}
