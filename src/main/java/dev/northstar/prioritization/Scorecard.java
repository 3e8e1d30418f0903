package dev.northstar.prioritization;

import dev.northstar.common.Checks;
import dev.northstar.common.InvalidInputException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A product's weighted custom scorecard: drivers, each with a weight and a scale min..max. A
 * feature's score is Σ weight × (value − min) / (max − min) / Σ weights, shown as 0–100; it depends
 * only on that feature's values, never on other features.
 */
public record Scorecard(
        UUID id,
        UUID productId,
        String name,
        String description,
        List<Driver> drivers,
        int version,
        Instant createdAt) {

    public record Driver(UUID id, String name, double weight, double min, double max) {

        public Driver {
            name = Checks.trimToNull(name);
        }

        void check(Checks checks, int i) {
            String f = "drivers[" + i + "].";
            checks.notBlank(name, f + "name", "Driver name")
                    .maxLength(name, 100, f + "name", "Driver name")
                    .require(
                            Inputs.finite(weight) && weight > 0 && weight <= 1000,
                            f + "weight",
                            "Weight must be above 0 and at most 1000")
                    .require(
                            Inputs.finite(min) && Inputs.finite(max) && min < max,
                            f + "max",
                            "Scale maximum must be above its minimum");
        }

        public double normalize(double value) {
            return (value - min) / (max - min);
        }

        public ScoreKey key(UUID scorecardId) {
            return ScoreKey.scorecard(scorecardId);
        }
    }

    public Scorecard {
        name = Checks.trimToNull(name);
        description = Checks.trimToNull(description);
        drivers = drivers == null ? List.of() : List.copyOf(drivers);
        Checks checks = Checks.start()
                .notBlank(name, "name", "Scorecard name")
                .maxLength(name, 100, "name", "Scorecard name")
                .maxLength(description, 2000, "description", "Description")
                .require(!drivers.isEmpty(), "drivers", "A scorecard needs at least one driver")
                .require(drivers.size() <= 20, "drivers", "A scorecard can have at most 20 drivers");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < drivers.size(); i++) {
            Driver d = drivers.get(i);
            d.check(checks, i);
            if (d.name() != null) {
                checks.require(
                        names.add(d.name().toLowerCase(Locale.ROOT)),
                        "drivers[" + i + "].name",
                        "Each driver needs its own name");
            }
        }
        checks.orThrow();
    }

    public ScoreKey key() {
        return ScoreKey.scorecard(id);
    }

    public double totalWeight() {
        return drivers.stream().mapToDouble(Driver::weight).sum();
    }

    Driver driver(String idOrName) {
        for (Driver d : drivers) {
            if (d.id().toString().equals(idOrName) || d.name().equalsIgnoreCase(idOrName.strip())) {
                return d;
            }
        }
        throw new InvalidInputException("values." + idOrName, "this scorecard has no driver '" + idOrName + "'");
    }
}
