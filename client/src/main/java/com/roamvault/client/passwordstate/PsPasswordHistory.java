package com.roamvault.client.passwordstate;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One earlier version of a record as Passwordstate's {@code passwordhistory} returns it. */
public record PsPasswordHistory(@JsonProperty("PasswordHistoryID") long passwordHistoryId,
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
    @Override
    public String toString() {
        return "PsPasswordHistory[PasswordHistoryID=" + passwordHistoryId + ", PasswordID=" + passwordId + "]";
    }
}
