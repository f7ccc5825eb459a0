package com.roamvault.server.dmz;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts exactly the pinned peers, in either direction: one whose certificate carries a pinned key.
 * No CA, no host name check — both ends are self-signed and known to each other by their pins,
 * like a phone knows the App Server.
 */
final class PinnedKeyTrustManager extends X509ExtendedTrustManager {
    private static final X509Certificate[] NO_ISSUERS = new X509Certificate[0];

    private final List<KeyPin> pins;

    PinnedKeyTrustManager(List<KeyPin> pins) {
        if (pins.isEmpty()) {
            throw new IllegalArgumentException("at least one pin is needed");
        }
        this.pins = List.copyOf(pins);
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0 || !matchesAny(chain[0])) {
            throw new CertificateException("The peer's key does not match " + (pins.size() == 1
                    ? "the pin " + pins.getFirst() : "any of the pins " + pins));
        }
    }

    /** Every pin is compared, matched or not, so the time taken tells nothing about which one is close. */
    private boolean matchesAny(X509Certificate certificate) {
        boolean matched = false;
        for (KeyPin pin : pins) {
            matched |= pin.matches(certificate);
        }
        return matched;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return NO_ISSUERS;
    }
}
