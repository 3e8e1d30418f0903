package dev.northstar.workspace.web;

import dev.northstar.workspace.Access;
import dev.northstar.workspace.ProductView;
import dev.northstar.workspace.WorkspaceView;
import dev.northstar.workspace.Workspaces;
import java.util.List;
import org.springframework.stereotype.Component;

/** The product switcher in the page header, read by the layout as {@code @navigation}. */
@Component("navigation")
class Navigation {

    record Entry(WorkspaceView workspace, List<ProductView> products) {}

    private final Workspaces workspaces;
    private final Access access;

    Navigation(Workspaces workspaces, Access access) {
        this.workspaces = workspaces;
        this.access = access;
    }

    /** The signed-in person's name for the header. */
    public String me() {
        try {
            return access.current().name();
        } catch (RuntimeException notSignedIn) {
            return null;
        }
    }

    public List<Entry> workspaces() {
        try {
            return workspaces.mine().stream()
                    .map(w -> new Entry(w, workspaces.products(w.id())))
                    .toList();
        } catch (RuntimeException notSignedIn) {
            return List.of();
        }
    }
}
