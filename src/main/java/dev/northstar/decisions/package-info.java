/** Decision log: decision records with the scores and evidence of the features involved as they were when decided. */
@org.springframework.modulith.ApplicationModule(displayName = "Decisions")
package dev.northstar.decisions;
