package com.roamvault.server.passwordstate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.roamvault.server.vault.VaultRecord;

/** A password record as Passwordstate's API returns it; unset text fields are "" as in Passwordstate. */
record PsRecord(@JsonProperty("PasswordID") long passwordId,
                @JsonProperty("PasswordListID") long passwordListId,
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

    static PsRecord of(VaultRecord r) {
        return new PsRecord(r.id(), r.listId(), r.listName(), r.title(), text(r.username()), text(r.password()),
                text(r.url()), text(r.notes()), text(r.domain()), text(r.description()), text(r.hostName()),
                text(r.otpUri()));
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String toString() {
        return "PsRecord[PasswordID=" + passwordId + ", Title=" + title + "]";
    }
}
