package com.roamvault.server.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.policy.MobileSettings;
import com.roamvault.server.support.AdminTestSupport;
import com.roamvault.server.support.AdminTestSupport.AuditRow;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SettingsApiTest {
    static final String PATH = "/api/admin/v1/settings/mobile";
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @AfterEach
    void restoreDefaults() {
        server.admin().put(PATH, MobileSettings.DEFAULTS);
    }

    @Test
    void freshServerHasTheDocumentedDefaults() {
        Http.Reply reply = server.admin().get(PATH);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.as(MobileSettings.class)).isEqualTo(MobileSettings.DEFAULTS);
        assertThat(reply.json().get("offlineCacheDays").asInt()).isEqualTo(14);
        assertThat(reply.json().get("bruteForceMaxAttempts").asInt()).isEqualTo(5);
    }

    @Test
    void patchChangesOnlyTheGivenFieldsAndAuditsOldAndNew() {
        Http.Reply reply = server.admin().put(PATH, Map.of("offlineCacheDays", 7, "biometricUnlockAllowed", false));
        assertThat(reply.status()).isEqualTo(200);
        MobileSettings updated = reply.as(MobileSettings.class);
        assertThat(updated.offlineCacheDays()).isEqualTo(7);
        assertThat(updated.biometricUnlockAllowed()).isFalse();
        assertThat(updated.autoLockMinutes()).isEqualTo(MobileSettings.DEFAULTS.autoLockMinutes());
        assertThat(updated.bruteForceLockoutMinutes()).isEqualTo(MobileSettings.DEFAULTS.bruteForceLockoutMinutes());
        assertThat(server.admin().get(PATH).as(MobileSettings.class)).isEqualTo(updated);

        AuditRow event = AdminTestSupport.audit(server, AuditActions.SETTINGS_CHANGED).getLast();
        assertThat(event.username()).isEqualTo("admin");
        assertThat(event.platform()).isEqualTo("AdminConsole");
        assertThat(event.result()).isEqualTo("success");
        assertThat(event.detail()).contains("offlineCacheDays 14->7").contains("biometricUnlockAllowed true->false")
                .doesNotContain("autoLockMinutes");
    }

    @Test
    void globalOnlyBruteForceSettingsCanBeChanged() {
        MobileSettings updated = server.admin().put(PATH, Map.of("bruteForceMaxAttempts", 3,
                "bruteForceLockoutMinutes", 60, "addressMaxFailuresPerHour", 500)).as(MobileSettings.class);
        assertThat(updated.bruteForceMaxAttempts()).isEqualTo(3);
        assertThat(updated.bruteForceLockoutMinutes()).isEqualTo(60);
        assertThat(updated.addressMaxFailuresPerHour()).isEqualTo(500);
    }

    @Test
    void anUnchangingPutIsNotAudited() {
        int before = AdminTestSupport.audit(server, AuditActions.SETTINGS_CHANGED).size();
        assertThat(server.admin().put(PATH, Map.of("offlineCacheDays", 14)).status()).isEqualTo(200);
        assertThat(server.admin().put(PATH, Map.of()).status()).isEqualTo(200);
        assertThat(AdminTestSupport.audit(server, AuditActions.SETTINGS_CHANGED)).hasSize(before);
    }

    @Test
    void outOfRangeValuesAreRefusedPerFieldAndChangeNothing() {
        int before = AdminTestSupport.audit(server, AuditActions.SETTINGS_CHANGED).size();
        List<Object[]> cases = List.of(
                new Object[] {Map.of("offlineCacheDays", 366), "offlineCacheDays"},
                new Object[] {Map.of("offlineCacheDays", -1), "offlineCacheDays"},
                new Object[] {Map.of("masterPasswordMinLength", 4), "masterPasswordMinLength"},
                new Object[] {Map.of("masterPasswordMinStrength", 5), "masterPasswordMinStrength"},
                new Object[] {Map.of("autoLockMinutes", 0), "autoLockMinutes"},
                new Object[] {Map.of("clipboardClearSeconds", 1), "clipboardClearSeconds"},
                new Object[] {Map.of("bruteForceMaxAttempts", 0), "bruteForceMaxAttempts"},
                new Object[] {Map.of("offlineLockDays", 14), "offlineLockDays"},
                new Object[] {Map.of("offlineCacheDays", 5, "offlineLockDays", 9, "autoLockMinutes", 3),
                        "offlineLockDays"});
        for (Object[] c : cases) {
            Http.Reply reply = server.admin().put(PATH, c[0]);
            assertThat(reply.status()).as(c[0].toString()).isEqualTo(422);
            assertThat(reply.error()).isEqualTo("validation_failed");
            assertThat(reply.json().at("/fields/" + c[1]).asText()).as(c[0].toString()).isNotEmpty();
        }
        Http.Reply two = server.admin().put(PATH, Map.of("offlineCacheDays", 999, "autoLockMinutes", 0));
        assertThat(two.json().get("fields").size()).isEqualTo(2);
        assertThat(server.admin().get(PATH).as(MobileSettings.class)).isEqualTo(MobileSettings.DEFAULTS);
        assertThat(AdminTestSupport.audit(server, AuditActions.SETTINGS_CHANGED)).hasSize(before);
    }

    @Test
    void trustedNetworksAreStoredCanonicalAndABadEntryIsNamedAndSavesNothing() {
        MobileSettings updated = server.admin().put(PATH, Map.of("trustedNetworks",
                List.of(" 10.0.0.0/8", "2001:DB8::/32", "10.0.0.0/8"))).as(MobileSettings.class);
        assertThat(updated.trustedNetworks()).containsExactly("10.0.0.0/8", "2001:db8::/32");
        assertThat(server.admin().get(PATH).as(MobileSettings.class)).isEqualTo(updated);
        int before = AdminTestSupport.audit(server, AuditActions.SETTINGS_CHANGED).size();

        Http.Reply bad = server.admin().put(PATH, Map.of("addressMaxFailuresPerHour", 7,
                "trustedNetworks", List.of("192.0.2.0/24", "10.0.0/33")));

        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.error()).isEqualTo("validation_failed");
        assertThat(bad.json().at("/fields/trustedNetworks").asText()).contains("'10.0.0/33'");
        assertThat(server.admin().get(PATH).as(MobileSettings.class)).isEqualTo(updated);
        assertThat(AdminTestSupport.audit(server, AuditActions.SETTINGS_CHANGED)).hasSize(before);
        assertThat(server.admin().put(PATH, Map.of("trustedNetworks", "10.0.0.0/8")).status()).isIn(400, 422);
        assertThat(server.admin().put(PATH, Map.of("trustedNetworks", List.of())).as(MobileSettings.class)
                .trustedNetworks()).isEmpty();
    }

    @Test
    void lockStageBelowTheCacheDaysIsAccepted() {
        MobileSettings updated = server.admin().put(PATH, Map.of("offlineCacheDays", 10, "offlineLockDays", 7))
                .as(MobileSettings.class);
        assertThat(updated.offlineLockDays()).isEqualTo(7);
        assertThat(server.admin().put(PATH, Map.of("offlineCacheDays", 0, "offlineLockDays", 0)).status())
                .isEqualTo(200);
    }

    @Test
    void malformedBodiesAreBadRequests() {
        for (String raw : new String[] {"{\"offlineCacheDays\": \"seven\"}", "{\"offlineCacheDays\": 7.5}",
                "{\"noSuchSetting\": 1}", "{\"offlineCacheDays\": 7", "null", "", "[1]",
                "{\"mobileAccessEnabled\": \"maybe\"}"}) {
            Http.Reply reply = server.admin().putRaw(PATH, raw);
            assertThat(reply.status()).as(raw).isEqualTo(400);
            assertThat(reply.error()).as(raw).isEqualTo("bad_request");
        }
        assertThat(server.admin().get(PATH).as(MobileSettings.class)).isEqualTo(MobileSettings.DEFAULTS);
    }
}
