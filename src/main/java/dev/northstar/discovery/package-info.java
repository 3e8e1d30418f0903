/** Customer discovery: personas and segments, unmet needs, the feedback inbox, interviews, surveys and the opportunity-solution tree. */
@org.springframework.modulith.ApplicationModule(displayName = "Discovery")
package dev.northstar.discovery;
