package com.roamvault.server.vault;

import java.time.Instant;

/** A stored password record with its list's name; {@code version} grows by one with every change. */
public record VaultRecord(long id, long listId, String listName, String title, String username, String password,
                          String url, String notes, String domain, String description, String hostName,
                          Instant updatedAt, long revision, String otpUri, long version) {

    /** Its fields, to write them again (a restore) or compare them with a change. */
    public RecordFields fields() {
        return new RecordFields(title, username, password, url, notes, domain, description, hostName, otpUri);
    }

    @Override
    public String toString() {
        return "VaultRecord[id=" + id + ", title=" + title + ", version=" + version + "]";
    }
}
