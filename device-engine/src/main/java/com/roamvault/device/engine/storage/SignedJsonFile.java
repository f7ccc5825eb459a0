package com.roamvault.device.engine.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.roamvault.device.engine.crypto.MacKey;
import com.roamvault.protocol.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * A readable JSON file whose body is authenticated with the device key:
 * {@code {"format":1,"mac":"<base64 HMAC-SHA256>","body":{...}}}. The MAC covers the body's
 * compact serialisation; the file is written compact too and must read back byte for byte as the
 * engine writes it (no added space, no trailing bytes), so any changed byte is reported as tampering.
 */
public final class SignedJsonFile<T> {
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = Json.mapper();

    private final Path file;
    private final Class<T> type;
    private final MacKey key;

    public SignedJsonFile(Path file, Class<T> type, MacKey key) {
        this.file = file;
        this.type = type;
        this.key = key;
    }

    public Path file() {
        return file;
    }

    /** Empty when the file does not exist; throws {@link TamperedDataException} when it does not verify. */
    public Optional<T> read() {
        byte[] raw = AtomicFile.readIfExists(file);
        if (raw == null) {
            return Optional.empty();
        }
        JsonNode body;
        byte[] mac;
        try {
            JsonNode root = JSON.readTree(raw);
            if (root == null || !root.isObject() || root.size() != 3 || root.path("format").asInt() != FORMAT
                    || !root.path("mac").isTextual() || !root.path("body").isObject()) {
                throw new TamperedDataException(file, "not a signed file of format " + FORMAT);
            }
            body = root.get("body");
            mac = CanonicalBase64.decode(root.get("mac").asText());
            if (!Arrays.equals(JSON.writeValueAsBytes(root), raw)) {
                throw new TamperedDataException(file, "not in the form the engine writes");
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new TamperedDataException(file, "unreadable");
        }
        if (!key.verifyMac(canonical(body), mac)) {
            throw new TamperedDataException(file, "its signature does not match");
        }
        try {
            return Optional.of(JSON.treeToValue(body, type));
        } catch (JsonProcessingException e) {
            throw new TamperedDataException(file, "signed but malformed");
        }
    }

    public void write(T value) {
        ObjectNode body = JSON.valueToTree(value);
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("mac", CanonicalBase64.encode(key.mac(canonical(body))));
        root.set("body", body);
        try {
            AtomicFile.write(file, JSON.writeValueAsBytes(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + type.getSimpleName(), e);
        }
    }

    private static byte[] canonical(JsonNode body) {
        try {
            return JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
