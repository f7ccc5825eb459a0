package com.roamvault.server.auth;

/** Which door a login came through; each has its own per-address failure counter. */
public enum LoginKind {
    /** The App Server's phone API (login, master password change). */
    MOBILE("mobile"),
    /** The admin console's login. */
    ADMIN("admin");

    private final String column;

    LoginKind(String column) {
        this.column = column;
    }

    /** The value stored in {@code login_address_failures.kind}. */
    String column() {
        return column;
    }
}
