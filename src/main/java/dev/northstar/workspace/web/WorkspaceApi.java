package dev.northstar.workspace.web;

import dev.northstar.common.PageResult;
import dev.northstar.common.Paging;
import dev.northstar.workspace.Accounts;
import dev.northstar.workspace.InvitationView;
import dev.northstar.workspace.IssuedToken;
import dev.northstar.workspace.MemberView;
import dev.northstar.workspace.ProductView;
import dev.northstar.workspace.Role;
import dev.northstar.workspace.TokenView;
import dev.northstar.workspace.WorkspaceView;
import dev.northstar.workspace.Workspaces;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Workspaces", description = "Tokens, workspaces, products and members")
class WorkspaceApi {

    record TokenRequest(String name) {}

    record TokenResponse(String token, UUID id, String name) {}

    record NameRequest(String name, String description) {}

    record InviteRequest(String email, String role) {}

    record RoleRequest(String role) {}

    private final Workspaces workspaces;
    private final Accounts accounts;

    WorkspaceApi(Workspaces workspaces, Accounts accounts) {
        this.workspaces = workspaces;
        this.accounts = accounts;
    }

    @Operation(summary = "Issue a personal API token (HTTP Basic email:password)")
    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    TokenResponse token(@RequestBody(required = false) TokenRequest body) {
        IssuedToken t = accounts.issueToken(body == null ? null : body.name());
        return new TokenResponse(t.secret(), t.token().id(), t.token().name());
    }

    @GetMapping("/tokens")
    PageResult<TokenView> tokens() {
        List<TokenView> all = accounts.tokens();
        return new PageResult<>(all, all.size());
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID id) {
        accounts.revokeToken(id);
    }

    @GetMapping("/workspaces")
    PageResult<WorkspaceView> workspaces(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return slice(workspaces.mine(), Paging.of(page, size));
    }

    @PostMapping("/workspaces")
    @ResponseStatus(HttpStatus.CREATED)
    WorkspaceView createWorkspace(@RequestBody NameRequest body) {
        return workspaces.create(body.name());
    }

    @GetMapping("/workspaces/{workspaceId}")
    WorkspaceView workspace(@PathVariable UUID workspaceId) {
        return workspaces.get(workspaceId);
    }

    @GetMapping("/workspaces/{workspaceId}/products")
    PageResult<ProductView> products(
            @PathVariable UUID workspaceId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return slice(workspaces.products(workspaceId), Paging.of(page, size));
    }

    @PostMapping("/workspaces/{workspaceId}/products")
    @ResponseStatus(HttpStatus.CREATED)
    ProductView createProduct(@PathVariable UUID workspaceId, @RequestBody NameRequest body) {
        return workspaces.createProduct(workspaceId, body.name(), body.description());
    }

    @GetMapping("/products/{productId}")
    ProductView product(@PathVariable UUID productId) {
        return workspaces.product(productId);
    }

    @PatchMapping("/products/{productId}")
    ProductView updateProduct(@PathVariable UUID productId, @RequestBody NameRequest body) {
        ProductView current = workspaces.product(productId);
        return workspaces.updateProduct(
                productId,
                body.name() == null ? current.name() : body.name(),
                body.description() == null ? current.description() : body.description());
    }

    @Operation(summary = "Replace the product's capture key (owners)")
    @PostMapping("/products/{productId}/capture-key")
    ProductView rotateCaptureKey(@PathVariable UUID productId) {
        return workspaces.rotateCaptureKey(productId);
    }

    @GetMapping("/workspaces/{workspaceId}/members")
    PageResult<MemberView> members(
            @PathVariable UUID workspaceId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return slice(workspaces.members(workspaceId), Paging.of(page, size));
    }

    @Operation(summary = "Invite by email; existing accounts join at once, others get a one-time invitation token")
    @PostMapping("/workspaces/{workspaceId}/members")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> invite(@PathVariable UUID workspaceId, @RequestBody InviteRequest body) {
        InvitationView inv = workspaces.invite(workspaceId, body.email(), Role.parse(body.role()));
        return inv.token() == null
                ? Map.of("email", inv.email(), "role", inv.role(), "status", "member")
                : Map.of(
                        "email",
                        inv.email(),
                        "role",
                        inv.role(),
                        "status",
                        "invited",
                        "invitationUrl",
                        "/public/invitations/" + inv.token());
    }

    @PatchMapping("/workspaces/{workspaceId}/members/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changeRole(@PathVariable UUID workspaceId, @PathVariable UUID userId, @RequestBody RoleRequest body) {
        workspaces.changeRole(workspaceId, userId, Role.parse(body.role()));
    }

    @DeleteMapping("/workspaces/{workspaceId}/members/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeMember(@PathVariable UUID workspaceId, @PathVariable UUID userId) {
        workspaces.removeMember(workspaceId, userId);
    }

    static <T> PageResult<T> slice(List<T> all, Paging paging) {
        int from = (int) Math.min(all.size(), paging.offset());
        int to = Math.min(all.size(), from + paging.size());
        return new PageResult<>(all.subList(from, to), all.size());
    }
}
