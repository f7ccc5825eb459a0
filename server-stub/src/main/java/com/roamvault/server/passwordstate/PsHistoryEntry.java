package com.roamvault.server.passwordstate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.roamvault.server.vault.RecordFields;
import com.roamvault.server.vault.StoredVersion;

/** One earlier version of a record as Passwordstate's {@code passwordhistory} returns it. */
record PsHistoryEntry(@JsonProperty("PasswordHistoryID") long passwordHistoryId,
                      @JsonProperty("PasswordID") long passwordId,
                      @JsonProperty("DateChanged") String dateChanged,
                      @JsonProperty("UserID") String userId,
                      @JsonProperty("FirstName") String firstName,
                      @JsonProperty("Surname") String surname,
                      @JsonProperty("PasswordList") String passwordList,
                      @JsonProperty("Title") String title,
                      @JsonProperty("UserName") String userName,
                      @JsonProperty("Password") String password,
                      @JsonProperty("URL") String url,
                      @JsonProperty("Notes") String notes,
                      @JsonProperty("Domain") String domain,
                      @JsonProperty("Description") String description,
                      @JsonProperty("HostName") String hostName,
                      @JsonProperty("OTPUri") String otpUri) {

    /** @param displayName the author's display name when a user account wrote it ("First Surname"), else null */
    static PsHistoryEntry of(StoredVersion v, String listName, String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        int space = name.indexOf(' ');
        RecordFields f = v.fields();
        return new PsHistoryEntry(v.historyId(), v.recordId(), v.changedAt().toString(), PsRecord.text(v.changedBy()),
                space < 0 ? name : name.substring(0, space), space < 0 ? "" : name.substring(space + 1), listName,
                PsRecord.text(f.title()), PsRecord.text(f.username()), PsRecord.text(f.password()),
                PsRecord.text(f.url()), PsRecord.text(f.notes()), PsRecord.text(f.domain()),
                PsRecord.text(f.description()), PsRecord.text(f.hostName()), PsRecord.text(f.otpUri()));
    }

    @Override
    public String toString() {
        return "PsHistoryEntry[PasswordHistoryID=" + passwordHistoryId + ", PasswordID=" + passwordId + "]";
    }
}
