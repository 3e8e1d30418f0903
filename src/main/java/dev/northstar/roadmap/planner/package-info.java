/**
 * The plan optimizer: given periods, teams with capacity, features with effort and value, dependencies and fixed
 * commitments, proposes which team builds which feature in which period. Pure Java plus Timefold Solver; no Spring.
 * Entry points: {@link dev.northstar.roadmap.planner.Planner#solve} and, for small instances, {@link
 * dev.northstar.roadmap.planner.ExactPlanner#solve}.
 */
package dev.northstar.roadmap.planner;
