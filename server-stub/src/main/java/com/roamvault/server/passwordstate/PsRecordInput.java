package com.roamvault.server.passwordstate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.roamvault.server.vault.RecordFields;

/** The body of POST/PUT /api/passwords, after {@link PsBodies} removed the fields we do not store. */
record PsRecordInput(@JsonProperty("PasswordID") Long passwordId,
                     @JsonProperty("PasswordListID") Long passwordListId,
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

    RecordFields fields() {
        return new RecordFields(title, userName, password, url, notes, domain, description, hostName, otpUri);
    }

    @Override
    public String toString() {
        return "PsRecordInput[PasswordID=" + passwordId + ", PasswordListID=" + passwordListId + "]";
    }
}
