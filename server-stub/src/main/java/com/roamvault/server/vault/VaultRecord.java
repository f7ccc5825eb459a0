package com.roamvault.server.vault;

import java.time.Instant;

/** A stored password record with its list's name. */
public record VaultRecord(long id, long listId, String listName, String title, String username, String password,
                          String url, String notes, String domain, String description, String hostName,
                          Instant updatedAt, long revision) {
    @Override
    public String toString() {
        return "VaultRecord[id=" + id + ", title=" + title + "]";
    }
}
