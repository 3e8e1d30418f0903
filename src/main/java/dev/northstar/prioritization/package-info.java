/** Prioritisation: features and ideas, their scores in each framework with the breakdown and history, and rankings. */
@org.springframework.modulith.ApplicationModule(displayName = "Prioritisation")
package dev.northstar.prioritization;
