package com.roamvault.device.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.protocol.audit.AuditEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The audit check finds an event missing from the server's log, or one too many. */
class AuditCheckTest {
    private static final String A = "0b7c9c1e-0000-4000-8000-00000000000a";
    private static final String B = "0b7c9c1e-0000-4000-8000-00000000000b";
    private static final String C = "0b7c9c1e-0000-4000-8000-00000000000c";

    /** A phone that journaled A, B offline and C online, then one more event handed in with the last upload. */
    private static PhoneOutcome phone(Set<String> pending) {
        return new PhoneOutcome("fleet-phone-1", "FLEET\\phone-1", "dev-1", Set.of(A, B), Set.of(A, B, C),
                4 - pending.size(), pending, null, 0, 0, 0);
    }

    private static AuditEvent event(String id, String origin) {
        return new AuditEvent(0, id.toUpperCase(), null, null, null, "dev-1", null, null, null, null, null, null, origin,
                null, null, null, null);
    }

    private static List<AuditEvent> server(String... ids) {
        List<AuditEvent> events = new ArrayList<>();
        for (String id : ids) {
            events.add(event(id, id.equals(A) || id.equals(B) ? "offline" : "online"));
        }
        return events;
    }

    @Test
    void exactWhenEveryEventIsThereOnce() {
        AuditVerdict v = AuditCheck.check(phone(Set.of()), server(A, B, C, "0b7c9c1e-0000-4000-8000-0000000000ff"));
        assertThat(v).isEqualTo(new AuditVerdict(4, 4, 0, 0, 0, 2, 2));
        assertThat(v.exact()).isTrue();
    }

    @Test
    void aMissingKnownEventIsLost() {
        AuditVerdict v = AuditCheck.check(phone(Set.of()), server(A, C, "0b7c9c1e-0000-4000-8000-0000000000ff"));
        assertThat(v.lost()).isEqualTo(1);
        assertThat(v.offlineOnServer()).isEqualTo(1);
        assertThat(v.exact()).isFalse();
    }

    @Test
    void theEventHandedInWithTheLastUploadIsCountedToo() {
        assertThat(AuditCheck.check(phone(Set.of()), server(A, B, C)).lost()).isEqualTo(1);
        AuditVerdict extra = AuditCheck.check(phone(Set.of()), server(A, B, C, "0b7c9c1e-0000-4000-8000-0000000000fe",
                "0b7c9c1e-0000-4000-8000-0000000000ff"));
        assertThat(extra.doubled()).isEqualTo(1);
        assertThat(extra.exact()).isFalse();
    }

    @Test
    void aRepeatedIdIsDoubled() {
        AuditVerdict v = AuditCheck.check(phone(Set.of()), server(A, A, B, C, "0b7c9c1e-0000-4000-8000-0000000000ff"));
        assertThat(v.doubled()).isEqualTo(1);
        assertThat(v.lost()).isZero();
        assertThat(v.exact()).isFalse();
    }

    @Test
    void eventsStillOnThePhoneAreNotExpectedOnTheServer() {
        AuditVerdict v = AuditCheck.check(phone(Set.of(C)), server(A, B, "0b7c9c1e-0000-4000-8000-0000000000ff"));
        assertThat(v.lost()).isZero();
        assertThat(v.stillOnPhones()).isEqualTo(1);
    }
}
