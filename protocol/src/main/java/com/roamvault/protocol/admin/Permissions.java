package com.roamvault.protocol.admin;

import java.util.List;

public record Permissions(List<Permission> permissions) {
}
