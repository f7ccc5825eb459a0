package com.roamvault.protocol.admin;

import java.util.List;

public record DevicePage(List<DeviceDetail> devices) {
}
