package com.roamvault.protocol.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Base64;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PairingUriTest {
    private static final String PIN = "sha256/" + Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void parsesTheDocumentedForm() {
        PairingUri uri = PairingUri.parse("roamvault://pair?server=https%3A%2F%2F10.0.0.5%3A8443&pin="
                + PIN.replace("/", "%2F").replace("+", "%2B").replace("=", "%3D") + "&user=CORP%5Cjsmith");
        assertThat(uri.server()).isEqualTo(URI.create("https://10.0.0.5:8443"));
        assertThat(uri.pin()).isEqualTo(PIN);
        assertThat(uri.user()).isEqualTo("CORP\\jsmith");
    }

    @Property(tries = 200)
    void formatThenParseGivesTheSameCode(@ForAll @StringLength(min = 1, max = 40) String user) {
        if (user.isBlank()) {
            return;
        }
        PairingUri uri = new PairingUri(URI.create("https://vault.example:8443"), PIN, user);
        assertThat(PairingUri.parse(uri.format())).isEqualTo(uri);
    }

    @Test
    void rejectsWhatIsNotAPairingCodeWithAClearMessage() {
        assertThatThrownBy(() -> PairingUri.parse("https://evil")).hasMessageContaining("roamvault://pair?");
        assertThatThrownBy(() -> PairingUri.parse("roamvault://pair?server=http%3A%2F%2Fx&pin=" + PIN + "&user=u"))
                .hasMessageContaining("https://");
        assertThatThrownBy(() -> PairingUri.parse("roamvault://pair?server=https%3A%2F%2Fx&user=u"))
                .hasMessageContaining("pin");
        assertThatThrownBy(() -> PairingUri.parse("roamvault://pair?server=https%3A%2F%2Fx&pin=sha256%2FAAAA&user=u"))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> PairingUri.parse("roamvault://pair?server=https%3A%2F%2Fx&pin=md5%2Fx&user=u"))
                .hasMessageContaining("sha256/");
        assertThatThrownBy(() -> PairingUri.parse("roamvault://pair?server=https%3A%2F%2Fx&pin=" + PIN + "&user=%20"))
                .hasMessageContaining("user");
        assertThatThrownBy(() -> PairingUri.parse("roamvault://pair?user=a&user=b")).hasMessageContaining("repeats");
    }
}
