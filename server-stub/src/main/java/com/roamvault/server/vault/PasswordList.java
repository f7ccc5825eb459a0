package com.roamvault.server.vault;

/** A password list; {@code apiKey} is its own Passwordstate-style API key. */
public record PasswordList(long id, String name, String description, String treePath, String apiKey,
                           long recordCount) {
}
