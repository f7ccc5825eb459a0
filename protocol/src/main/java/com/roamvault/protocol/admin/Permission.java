package com.roamvault.protocol.admin;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A grant on a list to exactly one of a user or a group. {@code level}: view, modify, admin. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Permission(Long userId, Long groupId, String level, Boolean mobileAccess) {
}
