/** Shared building blocks: errors, paging, Markdown rendering, database helpers and the page layout. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.northstar.common;
