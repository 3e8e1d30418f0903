/** The Cadence demo workspace, loaded once on first start when {@code northstar.demo} is on. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package dev.northstar.demo;
