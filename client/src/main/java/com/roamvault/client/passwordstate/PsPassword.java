package com.roamvault.client.passwordstate;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A password record as Passwordstate's API returns it; unset text fields are "" as in Passwordstate. */
public record PsPassword(@JsonProperty("PasswordID") long passwordId,
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
    @Override
    public String toString() {
        return "PsPassword[PasswordID=" + passwordId + ", Title=" + title + "]";
    }
}
