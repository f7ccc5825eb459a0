package com.roamvault.protocol.admin;

import java.util.List;

public record GroupRequest(String name, List<Long> members) {
}
