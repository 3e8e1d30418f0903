package dev.northstar.demo;

import java.util.UUID;

/**
 * One module's share of the Cadence demo, loaded after the discovery data inside the same
 * transaction, in ascending {@link #order()}: strategy 100, features 200, roadmap 300, specs 400,
 * decisions 500. A part reads its content from its own file under {@code demo/cadence/} and finds
 * what earlier parts made through their modules' facades (features by title, goals by title…).
 */
interface DemoPart {

    int order();

    void load(UUID productId);
}
