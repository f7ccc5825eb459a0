package com.roamvault.console.records;

import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.protocol.admin.RecordVersion;
import java.util.function.Function;

/**
 * The fields of a password record, in the order the form shows them; {@code key} is the wire name
 * the server's 422 {@code fields} use, so a complaint lands beside its field.
 */
public enum RecordField {
    TITLE("title", "Title", RecordDetail::title, RecordVersion::title),
    USERNAME("username", "Username", RecordDetail::username, RecordVersion::username),
    PASSWORD("password", "Password", RecordDetail::password, RecordVersion::password),
    URL("url", "URL", RecordDetail::url, RecordVersion::url),
    DOMAIN("domain", "Domain", RecordDetail::domain, RecordVersion::domain),
    DESCRIPTION("description", "Description", RecordDetail::description, RecordVersion::description),
    NOTES("notes", "Notes", RecordDetail::notes, RecordVersion::notes),
    OTP_URI("otpUri", "One-time password", RecordDetail::otpUri, RecordVersion::otpUri);

    private final String key;
    private final String label;
    private final Function<RecordDetail, String> current;
    private final Function<RecordVersion, String> earlier;

    RecordField(String key, String label, Function<RecordDetail, String> current,
                Function<RecordVersion, String> earlier) {
        this.key = key;
        this.label = label;
        this.current = current;
        this.earlier = earlier;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The password and the one-time password key (its URI holds the shared secret): masked until revealed. */
    public boolean secret() {
        return this == PASSWORD || this == OTP_URI;
    }

    /** The field of the current record, "" when it has none. */
    public String of(RecordDetail record) {
        String value = current.apply(record);
        return value == null ? "" : value;
    }

    /** The field as an earlier version had it, "" when it had none. */
    public String of(RecordVersion version) {
        String value = earlier.apply(version);
        return value == null ? "" : value;
    }
}
