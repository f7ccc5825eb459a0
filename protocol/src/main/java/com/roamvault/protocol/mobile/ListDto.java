package com.roamvault.protocol.mobile;

public record ListDto(long listId, String name) {
}
