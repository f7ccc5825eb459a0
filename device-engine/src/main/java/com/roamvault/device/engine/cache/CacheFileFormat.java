package com.roamvault.device.engine.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.roamvault.device.engine.crypto.Aead;
import com.roamvault.device.engine.crypto.AuthenticationFailedException;
import com.roamvault.device.engine.crypto.DataKey;
import com.roamvault.device.engine.crypto.Hmac;
import com.roamvault.device.engine.crypto.MacKey;
import com.roamvault.device.engine.crypto.SegmentedAead;
import com.roamvault.protocol.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The bytes of cache.bin:
 * <pre>
 * "RVCACHE" 0x01 | header length (4 bytes, big-endian) | header (JSON) | payload | HMAC (32 bytes)
 * </pre>
 * The payload is the contents' JSON sealed with AES-256-GCM in 64 KiB segments
 * ({@link SegmentedAead}) under the data key, with everything before it (magic, length, header) as
 * associated data. The HMAC, with the device key, covers every
 * byte before it, so any change anywhere is caught before a password is tried; the AAD binds the
 * payload to its header even for whoever holds the data key.
 */
final class CacheFileFormat {
    private static final byte[] MAGIC = "RVCACHE\u0001".getBytes(StandardCharsets.US_ASCII);
    private static final int PREFIX = MAGIC.length + Integer.BYTES;
    private static final ObjectMapper JSON = Json.mapper();

    private final Path file;
    private final MacKey deviceKey;

    CacheFileFormat(Path file, MacKey deviceKey) {
        this.file = file;
        this.deviceKey = deviceKey;
    }

    /** A file whose HMAC verified: its header, and where the sealed payload lies in {@code raw}. */
    record Verified(CacheHeader header, byte[] raw, int headerEnd, int payloadEnd) {
        byte[] aad() {
            return Arrays.copyOf(raw, headerEnd);
        }
    }

    byte[] encode(CacheHeader header, DataKey dataKey, CacheContents contents) {
        try {
            return encodeJson(header, dataKey, JSON.writeValueAsBytes(contents));
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise the cache", e);
        }
    }

    /** The file for already serialised contents (tests write older shapes with it); zeroes {@code plaintext}. */
    byte[] encodeJson(CacheHeader header, DataKey dataKey, byte[] plaintext) {
        try {
            byte[] headerBytes = JSON.writeValueAsBytes(header);
            byte[] aad = ByteBuffer.allocate(PREFIX + headerBytes.length)
                    .put(MAGIC).putInt(headerBytes.length).put(headerBytes).array();
            byte[] payload = SegmentedAead.seal(dataKey.secretKey(), plaintext, aad);
            Arrays.fill(plaintext, (byte) 0);
            int signedLength = aad.length + payload.length;
            ByteBuffer out = ByteBuffer.allocate(signedLength + Hmac.BYTES);
            out.put(aad).put(payload);
            out.put(deviceKey.mac(out.array(), 0, signedLength));
            return out.array();
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise the cache", e);
        }
    }

    /** Checks the HMAC and reads the header; nothing is trusted before the HMAC verified. */
    Verified verify(byte[] raw) {
        if (raw.length < PREFIX + SegmentedAead.PREFIX_BYTES + Aead.TAG_BYTES + Hmac.BYTES) {
            throw tampered("too short");
        }
        int signedLength = raw.length - Hmac.BYTES;
        if (!deviceKey.verifyMac(raw, 0, signedLength, Arrays.copyOfRange(raw, signedLength, raw.length))) {
            throw tampered("its authentication code does not match");
        }
        ByteBuffer in = ByteBuffer.wrap(raw);
        byte[] magic = new byte[MAGIC.length];
        in.get(magic);
        int headerLength = in.getInt();
        if (!Arrays.equals(magic, MAGIC) || headerLength <= 0
                || headerLength > signedLength - PREFIX - SegmentedAead.PREFIX_BYTES - Aead.TAG_BYTES) {
            throw tampered("bad layout");
        }
        CacheHeader header;
        try {
            header = JSON.readValue(raw, PREFIX, headerLength, CacheHeader.class);
        } catch (IOException e) {
            throw tampered("unreadable header");
        }
        boolean known = header.format() == CacheHeader.FORMAT || header.format() == CacheHeader.OUTDATED_FORMAT;
        if (!known || header.kdf() == null || header.passwordWrappedKey() == null
                || !CacheHeader.Kdf.ARGON2ID.equals(header.kdf().algorithm())
                || header.kdf().version() != CacheHeader.Kdf.VERSION_13) {
            throw tampered("unknown format or key derivation");
        }
        return new Verified(header, raw, PREFIX + headerLength, signedLength);
    }

    /**
     * Decrypts the whole payload, then parses it: nothing is half-read. A cache of the older format
     * is {@link CacheOutdatedException} (its header still serves the lifecycle rules while locked).
     */
    CacheContents decrypt(Verified verified, DataKey dataKey) {
        if (verified.header().format() == CacheHeader.OUTDATED_FORMAT) {
            throw new CacheOutdatedException();
        }
        byte[] json;
        try {
            json = SegmentedAead.open(dataKey.secretKey(), verified.raw(), verified.headerEnd(),
                    verified.payloadEnd() - verified.headerEnd(), verified.aad());
        } catch (AuthenticationFailedException e) {
            throw tampered("the payload does not verify under its data key");
        }
        try {
            return JSON.readValue(json, CacheContents.class);
        } catch (IOException e) {
            throw tampered("unreadable contents");
        } finally {
            Arrays.fill(json, (byte) 0);
        }
    }

    CacheTamperedException tampered(String reason) {
        return new CacheTamperedException(file, reason);
    }
}
