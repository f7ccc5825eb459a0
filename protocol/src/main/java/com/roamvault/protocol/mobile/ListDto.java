package com.roamvault.protocol.mobile;

/** A list as a phone receives it; {@code canEdit}: the user may edit its records from the phone (API.md). */
public record ListDto(long listId, String name, boolean canEdit) {
}
