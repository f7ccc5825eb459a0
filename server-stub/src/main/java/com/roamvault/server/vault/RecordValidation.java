package com.roamvault.server.vault;

import com.roamvault.protocol.otp.OtpUri;
import com.roamvault.server.http.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Field limits of a record (the database's column sizes), checked before anything is written. */
final class RecordValidation {
    /** Long enough for any real otpauth URI (issuer, account and a 512-bit secret); sealed it fits its column. */
    static final int OTP_URI_MAX = 2000;

    private RecordValidation() {
    }

    static void check(RecordFields f, boolean creating) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (creating && (f.title() == null || f.title().isBlank())) {
            problems.put("title", "is required");
        } else if (f.title() != null && f.title().isBlank()) {
            problems.put("title", "must not be blank");
        }
        max(problems, "title", f.title(), RecordFields.TITLE_MAX);
        max(problems, "username", f.username(), 500);
        max(problems, "password", f.password(), 2000);
        max(problems, "url", f.url(), 2000);
        max(problems, "notes", f.notes(), 4000);
        max(problems, "domain", f.domain(), 500);
        max(problems, "description", f.description(), 2000);
        max(problems, "hostName", f.hostName(), 500);
        if (f.otpUri() != null && !f.otpUri().isBlank()) {
            max(problems, "otpUri", f.otpUri(), OTP_URI_MAX);
            String problem = problems.containsKey("otpUri") ? null : OtpUri.problem(f.otpUri().strip());
            if (problem != null) {
                problems.put("otpUri", problem);
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
    }

    static void checkListName(String name, String description) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            problems.put("name", "is required");
        }
        max(problems, "name", name, 200);
        max(problems, "description", description, 1000);
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
    }

    private static void max(Map<String, String> problems, String field, String value, int max) {
        if (value != null && value.length() > max && !problems.containsKey(field)) {
            problems.put(field, "must be at most " + max + " characters");
        }
    }
}
