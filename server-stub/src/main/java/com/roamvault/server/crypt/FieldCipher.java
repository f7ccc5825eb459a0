package com.roamvault.server.crypt;

import java.nio.charset.StandardCharsets;

/**
 * Seals and opens one secret column value under the current data key. A sealed value reads
 * {@code rv<keyId>:<base64 of nonce, ciphertext, tag>}; its associated data is "table/column/row", so a
 * value copied into another row or column does not open.
 */
public final class FieldCipher {
    private final DataKeyRing ring;

    public FieldCipher(DataKeyRing ring) {
        this.ring = ring;
    }

    public String seal(String table, String column, Object rowId, String plain) {
        if (plain == null) {
            return null;
        }
        DataKeyRing.Key key = ring.current();
        return "rv" + key.id() + ":" + SecretBox.text(
                key.box().seal(plain.getBytes(StandardCharsets.UTF_8), aad(table, column, rowId)));
    }

    /** @throws SecretUnreadableException when the value is not sealed for this place or under a known key */
    public String open(String table, String column, Object rowId, String stored) {
        if (stored == null) {
            return null;
        }
        String aad = aad(table, column, rowId);
        int colon = stored.indexOf(':');
        int keyId = keyId(stored);
        if (keyId < 0) {
            throw new SecretUnreadableException(aad);
        }
        byte[] sealed;
        try {
            sealed = SecretBox.bytes(stored.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new SecretUnreadableException(aad);
        }
        return new String(ring.byId(keyId).orElseThrow(() -> new SecretUnreadableException(aad))
                .open(sealed, aad), StandardCharsets.UTF_8);
    }

    /** The data key a stored value is sealed under, or -1 for a value that is not sealed (plain text). */
    public static int keyId(String stored) {
        if (stored == null || !stored.startsWith("rv")) {
            return -1;
        }
        int colon = stored.indexOf(':');
        if (colon < 3 || colon > 12) {
            return -1;
        }
        try {
            return Integer.parseInt(stored.substring(2, colon));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public int currentKeyId() {
        return ring.current().id();
    }

    private static String aad(String table, String column, Object rowId) {
        return table + "/" + column + "/" + rowId;
    }
}
