package com.roamvault.protocol.admin;

import java.util.List;

public record RecordPage(List<RecordDetail> records) {
}
