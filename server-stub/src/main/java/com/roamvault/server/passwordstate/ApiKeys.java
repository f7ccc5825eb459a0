package com.roamvault.server.passwordstate;

import com.roamvault.protocol.ErrorCode;
import com.roamvault.server.store.Database;
import com.roamvault.server.vault.PasswordList;
import com.roamvault.server.vault.Vault;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** Checks the {@code APIKey} header: the system-wide key, or a password list's own key. */
public final class ApiKeys {
    static final String HEADER = "APIKey";
    private static final int MAX_KEY_LENGTH = 128;

    private final Database db;
    private final Vault vault;
    private final byte[] systemKey;

    public ApiKeys(Database db, Vault vault, String systemKey) {
        this.db = db;
        this.vault = vault;
        this.systemKey = systemKey.getBytes(StandardCharsets.UTF_8);
    }

    /** Missing key: 401; a key that is neither the system key nor a list's: 403 (Passwordstate does the same). */
    ApiKeyScope authenticate(String header) {
        if (header == null || header.isBlank()) {
            throw new PasswordstateException(ErrorCode.UNAUTHORIZED, "The APIKey header is missing");
        }
        String key = header.strip();
        if (MessageDigest.isEqual(systemKey, key.getBytes(StandardCharsets.UTF_8))) {
            return ApiKeyScope.system();
        }
        Optional<PasswordList> list = key.length() > MAX_KEY_LENGTH ? Optional.empty()
                : db.read(sql -> vault.listByApiKey(sql, key));
        return list.map(l -> ApiKeyScope.list(l.id())).orElseThrow(() ->
                new PasswordstateException(ErrorCode.FORBIDDEN, "The APIKey is not valid"));
    }
}
