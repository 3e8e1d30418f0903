/** Roadmap: the Now/Next/Later board, the timeline with releases, teams and their capacity, and the plan optimizer. */
@org.springframework.modulith.ApplicationModule(displayName = "Roadmap")
package dev.northstar.roadmap;
