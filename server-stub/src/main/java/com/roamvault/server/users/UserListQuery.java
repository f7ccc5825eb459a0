package com.roamvault.server.users;

import com.roamvault.server.http.ApiException;
import java.util.function.UnaryOperator;

/** The user list's query parameters; a bad value is a {@code bad_request}, never a silent default. */
record UserListQuery(String text, int limit, int offset) {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    private static final int MAX_TEXT = 200;

    /** @param param reads one query parameter by name (null when absent) */
    static UserListQuery from(UnaryOperator<String> param) {
        String text = param.apply("query");
        if (text != null && text.length() > MAX_TEXT) {
            throw ApiException.badRequest("query must be at most " + MAX_TEXT + " characters");
        }
        int limit = number(param, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = number(param, "offset", 0, 0, Integer.MAX_VALUE);
        return new UserListQuery(text == null || text.isBlank() ? null : text.strip(), limit, offset);
    }

    private static int number(UnaryOperator<String> param, String name, int fallback, int min, int max) {
        String raw = param.apply(name);
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below like an out-of-range number
        }
        throw ApiException.badRequest(name + " must be a whole number from " + min
                + (max == Integer.MAX_VALUE ? " up" : " to " + max));
    }
}
