package com.roamvault.client.passwordstate;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A password list as Passwordstate's API returns it. */
public record PsPasswordList(@JsonProperty("PasswordListID") long passwordListId,
                             @JsonProperty("PasswordList") String passwordList,
                             @JsonProperty("Description") String description,
                             @JsonProperty("TreePath") String treePath,
                             @JsonProperty("TotalPasswords") long totalPasswords) {
}
