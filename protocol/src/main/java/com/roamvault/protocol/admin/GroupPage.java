package com.roamvault.protocol.admin;

import java.util.List;

/** GET /groups: every security group with its members, by name. */
public record GroupPage(List<GroupDetail> groups) {
}
