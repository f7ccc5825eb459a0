package com.roamvault.client.admin;

import java.time.Instant;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * The audit history's filters (API.md): each null or blank means "any". The same filter drives
 * the paged list and the CSV export, so an export is exactly what was looked at.
 *
 * @param user      the username that acted
 * @param involving a username the events are by or about (an admin revoking their device, ...)
 * @param text      free text over detail, title and device ({@code q})
 */
public record AuditFilter(String user, String involving, String action, String platform, String origin,
                          Instant from, Instant to, String text) {
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null, null, null);

    /** A filter without {@code involving}, as callers written before it spell one. */
    public AuditFilter(String user, String action, String platform, String origin, Instant from, Instant to,
                       String text) {
        this(user, null, action, platform, origin, from, to, text);
    }

    /** From query-parameter names as API.md spells them ({@code user, involving, action, platform, origin, from, to, q}). */
    public static AuditFilter of(Map<String, String> parameters) {
        for (String name : parameters.keySet()) {
            if (!java.util.Set.of("user", "involving", "action", "platform", "origin", "from", "to", "q").contains(name)) {
                throw new IllegalArgumentException("No audit filter named " + name);
            }
        }
        return new AuditFilter(parameters.get("user"), parameters.get("involving"), parameters.get("action"), parameters.get("platform"),
                parameters.get("origin"), instant(parameters.get("from")), instant(parameters.get("to")),
                parameters.get("q"));
    }

    public AuditFilter withUser(String value) {
        return new AuditFilter(value, involving, action, platform, origin, from, to, text);
    }

    public AuditFilter withInvolving(String value) {
        return new AuditFilter(user, value, action, platform, origin, from, to, text);
    }

    public AuditFilter withAction(String value) {
        return new AuditFilter(user, involving, value, platform, origin, from, to, text);
    }

    public AuditFilter withOrigin(String value) {
        return new AuditFilter(user, involving, action, platform, value, from, to, text);
    }

    public AuditFilter withPlatform(String value) {
        return new AuditFilter(user, involving, action, value, origin, from, to, text);
    }

    public AuditFilter between(Instant fromOrNull, Instant toOrNull) {
        return new AuditFilter(user, involving, action, platform, origin, fromOrNull, toOrNull, text);
    }

    public AuditFilter withText(String value) {
        return new AuditFilter(user, involving, action, platform, origin, from, to, value);
    }

    HttpUrl.Builder addTo(HttpUrl.Builder url) {
        add(url, "user", user);
        add(url, "involving", involving);
        add(url, "action", action);
        add(url, "platform", platform);
        add(url, "origin", origin);
        add(url, "from", from == null ? null : from.toString());
        add(url, "to", to == null ? null : to.toString());
        add(url, "q", text);
        return url;
    }

    private static void add(HttpUrl.Builder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.addQueryParameter(name, value.strip());
        }
    }

    private static Instant instant(String value) {
        return value == null || value.isBlank() ? null : Instant.parse(value.strip());
    }
}
