package com.roamvault.attack.pinning;

import com.roamvault.attack.Attack;
import com.roamvault.attack.AttackRow;
import com.roamvault.attack.AttackScale;
import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.RoamvaultClientException;
import com.roamvault.device.engine.net.NetworkSwitch;
import com.roamvault.device.engine.net.PhoneHttp;
import com.roamvault.device.engine.net.PhoneServerErrors;
import com.roamvault.protocol.mobile.LoginRequest;
import com.roamvault.server.keys.TlsIdentity;
import com.roamvault.server.support.TestServer;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The phone and the console, pinned to the real server, are pointed at whoever answers in its place:
 * a key of its own, a forged chain that carries the real certificate, the real certificate without its
 * key, and a second real Roamvault server (its own key, and reached directly). Each must be refused
 * during the handshake: no handshake completed, no application byte received, no login seen.
 */
public final class PinnedConnections implements Attack {
    private static final LoginRequest PHONE_LOGIN = new LoginRequest("CORP\\lchen", "Attack-Guess-Password-1", null,
            "attack phone", "android");

    @Override
    public String category() {
        return "pinning";
    }

    @Override
    public List<AttackRow> run(AttackScale scale) throws Exception {
        int attempts = scale.count(3, 25);
        Path secondData = TestServer.tempDir();
        try (TestServer real = TestServer.start(); TestServer second = TestServer.start(TestServer.config(secondData))) {
            String pin = real.server().pin();
            X509Certificate realCertificate = real.server().wiring().keys().certificate();
            List<AttackRow> rows = new ArrayList<>();
            rows.addAll(impersonate("a key of its own, same name", ImpostorKeys.selfSigned(), pin, attempts));
            rows.addAll(impersonate("a forged CA chain carrying the real certificate",
                    ImpostorKeys.forgedChain(realCertificate), pin, attempts));
            rows.addAll(impersonate("the real certificate without its private key",
                    ImpostorKeys.realCertificateWithoutItsKey(realCertificate), pin, attempts));
            rows.addAll(impersonate("a second real server's key",
                    ImpostorKeys.of(TlsIdentity.loadOrCreate(secondData.resolve("keys"), "tls")), pin, attempts));
            rows.addAll(secondServerDirectly(second, pin, attempts));
            return rows;
        }
    }

    private List<AttackRow> impersonate(String what, KeyStore.PrivateKeyEntry presented, String pin, int attempts)
            throws Exception {
        List<AttackRow> rows = new ArrayList<>();
        for (Client client : Client.values()) {
            try (Impostor impostor = new Impostor(presented)) {
                Outcomes outcomes = new Outcomes();
                for (int i = 0; i < attempts; i++) {
                    outcomes.add(client.attempt(impostor.url(), pin));
                }
                long leaked = impostor.completedHandshakes() + impostor.applicationBytes();
                rows.add(AttackRow.of(category(), client.label + " against " + what, attempts,
                        Math.max(outcomes.answered, leaked > 0 ? 1 : 0), outcomes + ", "
                                + impostor.completedHandshakes() + " handshakes completed, "
                                + impostor.applicationBytes() + " application bytes"));
            }
        }
        return rows;
    }

    private List<AttackRow> secondServerDirectly(TestServer second, String pin, int attempts) throws Exception {
        Function<TestServer, Long> logins = s -> s.server().wiring().db().read(sql -> sql.count(
                "SELECT COUNT(*) FROM audit_events WHERE action LIKE 'LOGIN%'"));
        List<AttackRow> rows = new ArrayList<>();
        for (Client client : Client.values()) {
            long before = logins.apply(second);
            Outcomes outcomes = new Outcomes();
            for (int i = 0; i < attempts; i++) {
                outcomes.add(client.attempt(second.server().url(), pin));
            }
            long seen = logins.apply(second) - before;
            rows.add(AttackRow.of(category(), client.label + " against a second real server, reached directly",
                    attempts, outcomes.answered + seen, outcomes + ", " + seen + " logins reached that server"));
        }
        return rows;
    }

    /** The two programs that pin: the phone (its network stack) and the admin console (the typed client). */
    private enum Client {
        PHONE("phone") {
            @Override
            String attempt(String url, String pin) throws RoamvaultClientException {
                try {
                    PhoneHttp.shared().connect(url, pin, new NetworkSwitch(() -> null)).mobile().login(PHONE_LOGIN);
                    return "answered";
                } catch (RoamvaultClientException e) {
                    return PhoneServerErrors.code(e);
                }
            }
        },
        CONSOLE("console") {
            @Override
            String attempt(String url, String pin) {
                try {
                    RoamvaultClient.connect(url, pin).admin().login("admin", TestServer.ADMIN_PASSWORD);
                    return "answered";
                } catch (RoamvaultClientException e) {
                    return e.code();
                }
            }
        };

        private final String label;

        Client(String label) {
            this.label = label;
        }

        abstract String attempt(String url, String pin) throws RoamvaultClientException;
    }

    /** How the attempts ended: refused as pin_mismatch, refused otherwise (the handshake failed), or answered. */
    private static final class Outcomes {
        private long pinMismatch;
        private long otherwiseRefused;
        private long answered;

        /** Any code but the client's own handshake failures is an answer from whoever was there. */
        void add(String code) {
            if (code.equals(RoamvaultClientException.PIN_MISMATCH)) {
                pinMismatch++;
            } else if (code.equals(RoamvaultClientException.NETWORK_UNAVAILABLE)
                    || code.equals(RoamvaultClientException.TIMEOUT)) {
                otherwiseRefused++;
            } else {
                answered++;
            }
        }

        @Override
        public String toString() {
            return pinMismatch + " refused as pin_mismatch" + (otherwiseRefused > 0 ? ", " + otherwiseRefused
                    + " as a failed handshake" : "") + (answered > 0 ? ", " + answered + " ANSWERED" : "");
        }
    }
}
