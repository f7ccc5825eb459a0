package com.roamvault.server.audit;

import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.server.http.ApiException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * The audit history's filters, parsed and validated from query parameters (blank = not set).
 * {@code user} is who acted; {@code involving} matches events by that user or about them (their
 * {@code subjectUsername}). {@code from} and {@code to} are both inclusive bounds on
 * {@code occurredAt}; {@code before} is the keyset cursor (events with a smaller seq).
 */
public record AuditFilter(String user, String involving, String action, String platform, String origin, Instant from, Instant to,
                          String q, int limit, Long before) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    private static final int MAX_TEXT = 200;

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null, null, DEFAULT_LIMIT, null);
    }

    /** Reads the filters from a query-parameter lookup; anything malformed is a {@code bad_request}. */
    public static AuditFilter parse(Function<String, String> param) {
        String platform = text(param, "platform");
        if (platform != null && !AuditActions.PLATFORMS.contains(platform)) {
            throw ApiException.badRequest("platform must be one of " + String.join(", ",
                    AuditActions.PLATFORMS.stream().sorted().toList()));
        }
        String origin = text(param, "origin");
        if (origin != null && !AuditActions.ORIGINS.contains(origin)) {
            throw ApiException.badRequest("origin must be online or offline");
        }
        Instant from = instant(param, "from");
        Instant to = instant(param, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("from must not be after to");
        }
        int limit = limit(param.apply("limit"));
        Long before = before(param.apply("before"));
        return new AuditFilter(text(param, "user"), text(param, "involving"), text(param, "action"), platform, origin, from, to,
                text(param, "q"), limit, before);
    }

    /** {@code from} in stored precision (epoch millis), rounded up so no earlier event slips in. */
    long fromMillis() {
        long millis = from.toEpochMilli();
        return from.getNano() % 1_000_000 == 0 ? millis : millis + 1;
    }

    /** {@code to} in stored precision (epoch millis); rounding down keeps later events out. */
    long toMillis() {
        return to.toEpochMilli();
    }

    public AuditFilter withBefore(Long cursor) {
        return new AuditFilter(user, involving, action, platform, origin, from, to, q, limit, cursor);
    }

    public AuditFilter withLimit(int newLimit) {
        return new AuditFilter(user, involving, action, platform, origin, from, to, q, newLimit, before);
    }

    /** The same filter naming its users as they are stored (see {@link AuditHistory}). */
    AuditFilter withUsers(String storedUser, String storedInvolving) {
        return new AuditFilter(storedUser, storedInvolving, action, platform, origin, from, to, q, limit, before);
    }

    private static String text(Function<String, String> param, String name) {
        String value = param.apply(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw ApiException.badRequest(name + " must be at most " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    private static Instant instant(Function<String, String> param, String name) {
        String value = text(param, name);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be an ISO-8601 UTC instant such as 2025-01-31T00:00:00Z, not '"
                    + printable(value) + "'");
        }
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below, like an out-of-range number
        }
        throw ApiException.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT);
    }

    private static Long before(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long before = Long.parseLong(raw.strip());
            if (before > 0) {
                return before;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("before must be a positive event seq (the 'next' of the previous page)");
    }

    private static String printable(String raw) {
        String clean = raw.replaceAll("[^\\x20-\\x7e]", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
