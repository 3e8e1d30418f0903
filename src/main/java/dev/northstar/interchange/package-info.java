/** Imports and exports: whole-workspace backups as JSON and their restore. */
@org.springframework.modulith.ApplicationModule(displayName = "Interchange")
package dev.northstar.interchange;
