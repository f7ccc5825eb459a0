package com.roamvault.console.records;

import com.roamvault.protocol.otp.InvalidOtpUriException;
import com.roamvault.protocol.otp.OtpUri;
import com.roamvault.protocol.otp.Totp;
import java.time.Clock;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the typed otpauth URI describes (issuer, account, digits, period) and the code it gives now,
 * so the admin sees the key is the right one before saving; or why it cannot be read.
 */
public final class OtpPreview {
    private final Clock clock;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private OtpUri key;

    OtpPreview(Clock clock) {
        this.clock = clock;
    }

    /** Reads the URI again (as it is typed); blank means the record has no one-time password. */
    void read(String uri) {
        key = null;
        summary.set("");
        problem.set("");
        if (uri != null && !uri.isBlank()) {
            try {
                key = OtpUri.parse(uri.strip());
                summary.set(describe(key));
            } catch (InvalidOtpUriException e) {
                problem.set("Not a usable one-time password URI: " + e.getMessage());
            }
        }
        tick();
    }

    /** The code of this moment; the view calls it every second. */
    public void tick() {
        if (key == null) {
            code.set("");
            return;
        }
        String now = Totp.code(key, clock.instant());
        int half = now.length() / 2;
        code.set(now.substring(0, half) + " " + now.substring(half) + "  (" + Totp.secondsLeft(key, clock.instant())
                + " s left)");
    }

    private static String describe(OtpUri key) {
        String issuer = key.issuer() == null ? "no issuer" : key.issuer();
        String account = key.account().isEmpty() ? "no account" : key.account();
        return issuer + " · " + account + " · " + key.digits() + " digits every " + key.periodSeconds() + " s ("
                + key.algorithm() + ")";
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "123 456  (17 s left)", empty without a readable key. */
    public ReadOnlyStringProperty codeProperty() {
        return code.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
