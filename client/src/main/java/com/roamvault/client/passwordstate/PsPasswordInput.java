package com.roamvault.client.passwordstate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /api/passwords} (with {@code PasswordListID}) or {@code PUT} (with
 * {@code PasswordID}); null fields are left out, so a PUT changes only the fields given.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PsPasswordInput(@JsonProperty("PasswordID") Long passwordId,
                              @JsonProperty("PasswordListID") Long passwordListId,
                              @JsonProperty("Title") String title,
                              @JsonProperty("UserName") String userName,
                              @JsonProperty("Password") String password,
                              @JsonProperty("URL") String url,
                              @JsonProperty("Notes") String notes,
                              @JsonProperty("Domain") String domain,
                              @JsonProperty("Description") String description,
                              @JsonProperty("HostName") String hostName) {

    /** A new record in a list. */
    public static PsPasswordInput create(long listId, String title, String userName, String password) {
        return new PsPasswordInput(null, listId, title, userName, password, null, null, null, null, null);
    }

    /** A change of one record: fill in the fields to change with the {@code with...} methods. */
    public static PsPasswordInput change(long passwordId) {
        return new PsPasswordInput(passwordId, null, null, null, null, null, null, null, null, null);
    }

    public PsPasswordInput withPassword(String value) {
        return new PsPasswordInput(passwordId, passwordListId, title, userName, value, url, notes, domain,
                description, hostName);
    }

    public PsPasswordInput withTitle(String value) {
        return new PsPasswordInput(passwordId, passwordListId, value, userName, password, url, notes, domain,
                description, hostName);
    }

    public PsPasswordInput withUrl(String value) {
        return new PsPasswordInput(passwordId, passwordListId, title, userName, password, value, notes, domain,
                description, hostName);
    }

    public PsPasswordInput withNotes(String value) {
        return new PsPasswordInput(passwordId, passwordListId, title, userName, password, url, value, domain,
                description, hostName);
    }

    @Override
    public String toString() {
        return "PsPasswordInput[PasswordID=" + passwordId + ", PasswordListID=" + passwordListId + "]";
    }
}
