package com.roamvault.console.server;

import com.roamvault.protocol.admin.AppServerContact;
import java.time.Instant;
import java.time.ZoneId;

/** One App Server of a DMZ core as the table shows it: its client key pin and when it last called. */
public record AppServerRow(String pin, String lastContact) {
    static final String NEVER = "never";

    static AppServerRow of(AppServerContact contact, Instant now, ZoneId zone) {
        Instant at = contact.lastContactAt();
        return new AppServerRow(contact.pin(), at == null ? NEVER
                : ServerTexts.ago(at, now) + " (" + ServerTexts.time(at, zone) + ")");
    }
}
