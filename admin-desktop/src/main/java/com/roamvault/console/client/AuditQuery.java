package com.roamvault.console.client;

import java.time.Instant;
import okhttp3.HttpUrl;

/**
 * The audit history's filters (API.md): each null or blank means "any". The same filter drives
 * the paged list and the CSV export, so the export is exactly what the admin is looking at.
 */
public record AuditQuery(String user, String action, String platform, String origin, Instant from, Instant to,
                         String text) {
    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null, null);

    public AuditQuery withUser(String value) {
        return new AuditQuery(value, action, platform, origin, from, to, text);
    }

    public AuditQuery withOrigin(String value) {
        return new AuditQuery(user, action, platform, value, from, to, text);
    }

    HttpUrl.Builder addTo(HttpUrl.Builder url) {
        add(url, "user", user);
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
}
