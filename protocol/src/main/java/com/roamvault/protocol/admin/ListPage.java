package com.roamvault.protocol.admin;

import java.util.List;

public record ListPage(List<ListDetail> lists) {
}
