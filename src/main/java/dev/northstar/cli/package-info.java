/** Command-line entry points in the same jar; each command translates arguments and calls a module's facade. */
@org.springframework.modulith.ApplicationModule(displayName = "CLI")
package dev.northstar.cli;
