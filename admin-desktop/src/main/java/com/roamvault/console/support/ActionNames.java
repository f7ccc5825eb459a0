package com.roamvault.console.support;

import java.util.Locale;

/** Audit actions as people read them in tables and menus: "LOGIN_FAILED" reads "Login failed". */
public final class ActionNames {
    private ActionNames() {
    }

    public static String readable(String action) {
        if (action == null || action.isEmpty()) {
            return "—";
        }
        String words = action.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
