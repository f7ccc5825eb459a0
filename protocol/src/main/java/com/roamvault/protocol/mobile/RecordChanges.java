package com.roamvault.protocol.mobile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The fields a phone's edit changes; a field left out (null) stays as it is (API.md). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordChanges(String title, String username, String password, String url, String notes, String otpUri) {

    public static final RecordChanges NONE = new RecordChanges(null, null, null, null, null, null);

    @JsonIgnore
    public boolean isEmpty() {
        return equals(NONE);
    }

    @Override
    public String toString() {
        return "RecordChanges[title=" + title + "]";
    }
}
