package com.roamvault.protocol.admin;

import java.util.List;

public record UserPage(List<UserSummary> users, long total) {
}
