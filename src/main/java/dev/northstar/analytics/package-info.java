/**
 * Analytics: PostHog- and Segment-compatible event capture, the durable ingest log, the DuckDB event store, insights
 * (trends, funnels, retention, stickiness, lifecycle), metrics and the North Star tree, experiments and feature
 * outcomes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics")
package dev.northstar.analytics;
