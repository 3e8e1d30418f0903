/** Workspaces, products, members and roles, sign-in, API tokens and capture keys. */
@org.springframework.modulith.ApplicationModule(displayName = "Workspace")
package dev.northstar.workspace;
