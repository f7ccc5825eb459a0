package com.roamvault.server.devices;

import com.roamvault.server.http.ApiException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a login says about the phone, checked before anything is authenticated or written:
 * an optional device id (a UUID this server issued), a display name and a platform.
 */
public record DeviceRegistration(String deviceId, String deviceName, String platform) {
    public static final String DEFAULT_NAME = "Unnamed device";
    public static final int NAME_MAX = 200;
    public static final Set<String> PLATFORMS = Set.of("android", "ios", "other");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Validates and fills in defaults; a bad value is 422 {@code validation_failed} naming the field. */
    public static DeviceRegistration of(String deviceId, String deviceName, String platform) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (deviceId != null && !UUID.matcher(deviceId).matches()) {
            problems.put("deviceId", "must be null or the device id this server issued (a UUID)");
        }
        String name = deviceName == null || deviceName.isBlank() ? DEFAULT_NAME : deviceName.strip();
        if (name.length() > NAME_MAX) {
            problems.put("deviceName", "must be at most " + NAME_MAX + " characters");
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            problems.put("deviceName", "must not contain control characters");
        }
        String os = platform == null ? "other" : platform;
        if (!PLATFORMS.contains(os)) {
            problems.put("platform", "must be android, ios or other");
        }
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
        return new DeviceRegistration(deviceId == null ? null : deviceId.toLowerCase(Locale.ROOT), name, os);
    }
}
