package com.roamvault.server.http;

import io.javalin.http.Context;

/** Reads ids from the path; anything but a plain positive number (traversal, SQL, junk) is "not found". */
public final class PathIds {
    private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private PathIds() {
    }

    public static long number(Context ctx, String param, String what) {
        String raw = ctx.pathParam(param);
        if (raw.isEmpty() || raw.length() > 18 || !raw.chars().allMatch(Character::isDigit)) {
            throw ApiException.notFound(what + " '" + abbreviate(raw) + "'");
        }
        return Long.parseLong(raw);
    }

    public static String uuid(Context ctx, String param, String what) {
        String raw = ctx.pathParam(param);
        if (!UUID.matcher(raw).matches()) {
            throw ApiException.notFound(what + " '" + abbreviate(raw) + "'");
        }
        return raw.toLowerCase(java.util.Locale.ROOT);
    }

    private static String abbreviate(String raw) {
        String printable = raw.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }
}
