package com.roamvault.server.passwordstate;

import com.roamvault.protocol.ErrorCode;
import com.roamvault.protocol.password.PasswordGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/generatepassword?Qty=&PasswordLength=}: passwords from the server's generator (a
 * CSPRNG, every character class). Passwordstate's other generator parameters are accepted and ignored.
 */
final class PsGenerator {
    static final int MAX_QTY = 50;
    private final PasswordGenerator generator = new PasswordGenerator();

    /** @param qty and {@code length} as given (null when absent) */
    List<Map<String, String>> generate(String qty, String length) {
        int count = number("Qty", qty, 1, 1, MAX_QTY);
        int size = number("PasswordLength", length, PasswordGenerator.DEFAULT_LENGTH, PasswordGenerator.MIN_LENGTH,
                PasswordGenerator.MAX_LENGTH);
        List<Map<String, String>> passwords = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            passwords.add(Map.of("Password", generator.generate(size)));
        }
        return passwords;
    }

    private static int number(String name, String given, int fallback, int min, int max) {
        if (given == null || given.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(given.strip());
        } catch (NumberFormatException e) {
            throw new PasswordstateException(ErrorCode.BAD_REQUEST, name + " must be a whole number");
        }
        if (value < min || value > max) {
            throw new PasswordstateException(ErrorCode.VALIDATION_FAILED,
                    name + " must be from " + min + " to " + max);
        }
        return value;
    }
}
