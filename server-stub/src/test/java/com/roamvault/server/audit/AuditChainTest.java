package com.roamvault.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.protocol.audit.AuditEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The canonical form hashed into the chain: chains written before subjectUsername existed still verify. */
class AuditChainTest {
    static final Instant AT = Instant.ofEpochMilli(1_700_000_000_000L);

    static AuditEvent event(String detail, String subject) {
        return new AuditEvent(3, "id-3", AT, AT, "admin", null, "AdminConsole", "ACCOUNT_UNLOCKED", "success",
                null, null, null, "online", "10.0.0.1", detail, null, subject);
    }

    @Test
    void anEventAboutNobodyHashesExactlyAsBeforeTheSubjectExisted() throws Exception {
        // the canonical form as the first chains were written, field by field
        String v1 = AuditChain.GENESIS + "|1:3|4:id-3|13:1700000000000|13:1700000000000|5:admin|-|12:AdminConsole"
                + "|16:ACCOUNT_UNLOCKED|7:success|-|-|-|6:online|8:10.0.0.1|10:user=alice";
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(v1.getBytes(StandardCharsets.UTF_8)));

        assertThat(AuditChain.hash(AuditChain.GENESIS, event("user=alice", null))).isEqualTo(expected);
    }

    @Test
    void theSubjectIsHashedAndCannotBeMovedIntoAnotherField() {
        String none = AuditChain.hash(AuditChain.GENESIS, event("user=alice", null));
        String alice = AuditChain.hash(AuditChain.GENESIS, event("user=alice", "alice"));

        assertThat(alice).isNotEqualTo(none)
                .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, event("user=alice", "bob")))
                .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, event("user=alice|15:subjectUsername|5:alice", null)));
    }
}
