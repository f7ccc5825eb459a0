package com.roamvault.server.dmz;

import com.roamvault.server.keys.TlsIdentity;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/** The TLS context of either end of the internal channel: our own key as identity, the peers' keys pinned. */
public final class MutualTls {
    private MutualTls() {
    }

    public static SSLContext context(TlsIdentity own, KeyPin peer) {
        return context(own, List.of(peer));
    }

    /** Trusts a peer whose key matches any of {@code peers} (a core's several App Servers). */
    public static SSLContext context(TlsIdentity own, List<KeyPin> peers) {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(own.keyStore(), own.password());
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keys.getKeyManagers(), new TrustManager[] {new PinnedKeyTrustManager(peers)}, new SecureRandom());
            return tls;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot set up mutual TLS: " + e.getMessage(), e);
        }
    }
}
