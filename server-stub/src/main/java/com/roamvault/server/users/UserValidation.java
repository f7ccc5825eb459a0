package com.roamvault.server.users;

import com.roamvault.protocol.admin.UserCreate;
import com.roamvault.server.http.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Field rules of a user account, checked before anything is written. */
final class UserValidation {
    static final int NAME_MAX = 200;

    private UserValidation() {
    }

    static void check(UserCreate body, boolean creating) {
        Map<String, String> problems = new LinkedHashMap<>();
        name(problems, "username", body.username(), creating);
        name(problems, "displayName", body.displayName(), creating);
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
    }

    private static void name(Map<String, String> problems, String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                problems.put(field, "is required");
            }
        } else if (value.isBlank()) {
            problems.put(field, required ? "is required" : "must not be blank");
        } else if (value.strip().length() > NAME_MAX) {
            problems.put(field, "must be at most " + NAME_MAX + " characters");
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            problems.put(field, "must not contain control characters");
        }
    }
}
