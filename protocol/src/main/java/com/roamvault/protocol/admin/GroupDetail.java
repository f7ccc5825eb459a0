package com.roamvault.protocol.admin;

import java.util.List;

public record GroupDetail(long id, String name, List<Long> members) {
}
