package dev.northstar.workspace;

/** A member's role in a workspace, from most to least powerful. */
public enum Role {
    OWNER,
    EDITOR,
    CONTRIBUTOR,
    VIEWER;

    public boolean atLeast(Role required) {
        return ordinal() <= required.ordinal();
    }

    public static Role parse(String value) {
        if (value == null) {
            throw new dev.northstar.common.InvalidInputException("role", "role is required");
        }
        try {
            return valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new dev.northstar.common.InvalidInputException(
                    "role", "role must be one of OWNER, EDITOR, CONTRIBUTOR, VIEWER");
        }
    }
}
