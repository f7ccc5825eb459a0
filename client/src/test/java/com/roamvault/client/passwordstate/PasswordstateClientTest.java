package com.roamvault.client.passwordstate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.client.admin.AuditFilter;
import com.roamvault.client.support.TestServer;
import com.roamvault.protocol.ErrorCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PasswordstateClientTest {
    private static TestServer server;
    private static AdminClient admin;

    @BeforeAll
    static void start() throws RoamvaultClientException {
        server = TestServer.start();
        admin = server.admin();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void scriptsCreateFindChangeAndDeleteRecordsWithTheSystemKey() throws RoamvaultClientException {
        long listId = admin.lists().create("Scripted", "by the Passwordstate API").listId();
        PasswordstateClient ps = server.client().passwordstate(admin.serverInfo().systemApiKey());

        assertThat(ps.lists()).anySatisfy(l -> assertThat(l.passwordListId()).isEqualTo(listId));
        assertThat(ps.list(listId).passwordList()).isEqualTo("Scripted");

        PsPassword created = ps.create(PsPasswordInput.create(listId, "db-01", "sa", "Db-Secret-1"));
        assertThat(created.passwordListId()).isEqualTo(listId);
        assertThat(ps.passwords(listId)).extracting(PsPassword::passwordId).containsExactly(created.passwordId());
        assertThat(ps.search(listId, "db-01", null, null)).hasSize(1);
        assertThat(ps.search(listId, "nothing-like-it", null, null)).isEmpty();

        PsPassword changed = ps.update(PsPasswordInput.change(created.passwordId()).withPassword("Db-Secret-2"));
        assertThat(changed.password()).isEqualTo("Db-Secret-2");
        assertThat(ps.password(created.passwordId()).userName()).isEqualTo("sa");
        assertThat(admin.records().get(created.passwordId()).password()).isEqualTo("Db-Secret-2");
        assertThat(admin.audit().all(AuditFilter.ALL.withPlatform("API"))).isNotEmpty();

        ps.delete(created.passwordId());
        assertThatThrownBy(() -> ps.password(created.passwordId()))
                .isInstanceOfSatisfying(RoamvaultClientException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.NOT_FOUND);
                    assertThat(e.getMessage()).isNotBlank();
                });
    }

    @Test
    void scriptsReadOneTimeCodesHistoryAndGeneratedPasswords() throws RoamvaultClientException {
        long listId = admin.lists().create("Codes", "with OTP").listId();
        PasswordstateClient ps = server.client().passwordstate(admin.serverInfo().systemApiKey());
        PsPassword created = ps.create(PsPasswordInput.create(listId, "vpn", "jsmith", "Vpn-Secret-1"));
        assertThatThrownBy(() -> ps.oneTimePassword(created.passwordId()))
                .isInstanceOfSatisfying(RoamvaultClientException.class, e -> assertThat(e.status()).isEqualTo(404));
        admin.records().update(created.passwordId(), new com.roamvault.protocol.admin.RecordRequest(null, null,
                "Vpn-Secret-2", null, null, null, null, "otpauth://totp/Corp:vpn?secret=JBSWY3DPEHPK3PXP&digits=6"));
        assertThat(ps.oneTimePassword(created.passwordId())).matches("[0-9]{6}");

        assertThat(ps.passwordHistory(created.passwordId())).singleElement().satisfies(h -> {
            assertThat(h.password()).isEqualTo("Vpn-Secret-1");
            assertThat(h.otpUri()).isEmpty();
            assertThat(h.passwordList()).isEqualTo("Codes");
        });
        assertThat(ps.generatePasswords(null, null)).singleElement().satisfies(p -> assertThat(p).hasSize(20));
        assertThat(ps.generatePasswords(5, 32)).hasSize(5).allSatisfy(p -> assertThat(p).hasSize(32))
                .doesNotHaveDuplicates();
        assertThatThrownBy(() -> ps.generatePasswords(51, null))
                .isInstanceOfSatisfying(RoamvaultClientException.class, e -> assertThat(e.status()).isEqualTo(422));
    }

    @Test
    void wrongOrMissingKeyIsRefusedInPasswordstateTerms() throws RoamvaultClientException {
        assertThatThrownBy(() -> server.client().passwordstate("not-a-key").lists())
                .isInstanceOfSatisfying(RoamvaultClientException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.FORBIDDEN);
                    assertThat(e.getMessage()).contains("APIKey").doesNotContain("not-a-key");
                });
        assertThatThrownBy(() -> server.client().passwordstate(null).lists())
                .isInstanceOfSatisfying(RoamvaultClientException.class, e -> assertThat(e.status()).isEqualTo(401));
    }
}
