package dev.northstar.prioritization;

import dev.northstar.common.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The inputs of one framework for one feature, valid by construction (the compact constructors
 * refuse values off the framework's scales, naming the field), with the score they give and the
 * per-factor breakdown shown beside it.
 */
public sealed interface ScoreInput
        permits RiceInput, IceInput, WsjfInput, ValueEffortInput, MoscowInput, KanoInput, ScorecardInput {

    Framework framework();

    /** Higher ranks first. */
    double score();

    /** Each factor with its value, and how they combine: what a reader needs to check the score. */
    Map<String, Object> breakdown();

    /** The inputs as the API takes them back (the stored form). */
    Map<String, Object> values();

    /** The numeric inputs a sensitivity analysis may move; empty for categorical frameworks. */
    default List<Factor> factors() {
        return List.of();
    }

    /** The same inputs with one factor changed; fails like the constructor when the value is off the scale. */
    default ScoreInput with(String factor, double value) {
        throw new InvalidInputException(factor, framework().label() + " has no numeric input " + factor);
    }

    /** The exact value of {@code factor} (others unchanged) at which the score equals {@code target}, if any. */
    default OptionalDouble breakEven(String factor, double target) {
        return OptionalDouble.empty();
    }
}
