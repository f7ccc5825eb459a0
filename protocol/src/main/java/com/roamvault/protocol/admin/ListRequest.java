package com.roamvault.protocol.admin;

public record ListRequest(String name, String description) {
}
