/** Strategy: the product's vision and strategy narrative, goals with key results, competitors, positioning and the Lean Canvas. */
@org.springframework.modulith.ApplicationModule(displayName = "Strategy")
package dev.northstar.strategy;
