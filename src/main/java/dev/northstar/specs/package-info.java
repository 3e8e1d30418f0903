/** Specs: user and job stories with acceptance criteria under a feature, the PRD page and its exports. */
@org.springframework.modulith.ApplicationModule(displayName = "Specs")
package dev.northstar.specs;
