package com.roamvault.protocol.admin;

/** A password list as the admin sees it; {@code apiKey} is the list's own Passwordstate API key. */
public record ListDetail(long listId, String name, String description, long recordCount, String apiKey) {
}
