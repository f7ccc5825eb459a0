package com.roamvault.server.dmz;

import com.roamvault.server.keys.ServerKeys;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/** The TLS context of either end of the internal channel: our own key as identity, the peer's key pinned. */
public final class MutualTls {
    private MutualTls() {
    }

    public static SSLContext context(ServerKeys ownKeys, KeyPin peer) {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(ownKeys.tlsKeyStore(), ownKeys.tlsPassword());
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keys.getKeyManagers(), new TrustManager[] {new PinnedKeyTrustManager(peer)}, new SecureRandom());
            return tls;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot set up mutual TLS: " + e.getMessage(), e);
        }
    }
}
