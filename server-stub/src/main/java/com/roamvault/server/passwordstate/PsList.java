package com.roamvault.server.passwordstate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.roamvault.server.vault.PasswordList;

/** A password list as Passwordstate's API returns it. */
record PsList(@JsonProperty("PasswordListID") long passwordListId,
              @JsonProperty("PasswordList") String passwordList,
              @JsonProperty("Description") String description,
              @JsonProperty("TreePath") String treePath,
              @JsonProperty("TotalPasswords") long totalPasswords) {

    static PsList of(PasswordList l) {
        return new PsList(l.id(), l.name(), PsRecord.text(l.description()), l.treePath(), l.recordCount());
    }
}
