package com.roamvault.console.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.console.ClientFailures;
import com.roamvault.console.TestServers;
import com.roamvault.protocol.policy.MobileOption;
import com.roamvault.protocol.policy.MobileSettings;
import com.roamvault.protocol.policy.MobileSettingsPatch;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.server.policy.PolicyRules;
import com.roamvault.ui.SameThreadUiExecutor;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {
    private static RoamvaultServer server;
    private static AdminClient client;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServers.start();
        client = RoamvaultClient.connect(server.url(), server.pin()).admin();
        client.login(TestServers.ADMIN, TestServers.ADMIN_PASSWORD);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static SettingsViewModel loaded() {
        SettingsViewModel vm = new SettingsViewModel(new SameThreadUiExecutor(), SettingsApi.of(client));
        vm.load();
        return vm;
    }

    @Test
    void rangesShownAreTheServersRanges() {
        assertThat(SettingField.ALL).allSatisfy(field -> {
            PolicyRules.Range range = PolicyRules.RANGES.get(field.name());
            assertThat(range).as(field.name()).isNotNull();
            assertThat(field.min()).as(field.name()).isEqualTo(range.min());
            assertThat(field.max()).as(field.name()).isEqualTo(range.max());
        });
        assertThat(SettingField.ALL).hasSize(PolicyRules.RANGES.size());
    }

    @Test
    void showsTheServersValuesAndNothingToSave() throws Exception {
        SettingsViewModel vm = loaded();
        MobileSettings server = client.settings().global();

        assertThat(vm.number("autoLockMinutes").textProperty().get()).isEqualTo(String.valueOf(server.autoLockMinutes()));
        assertThat(vm.switchProperty(MobileOption.MOBILE_ACCESS_ENABLED).get()).isEqualTo(server.mobileAccessEnabled());
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.canSaveProperty().get()).isFalse();
    }

    @Test
    void outOfRangeOrNonNumberIsShownOnTheFieldAndCannotBeSaved() {
        SettingsViewModel vm = loaded();

        vm.number("clipboardClearSeconds").textProperty().set("2");
        assertThat(vm.number("clipboardClearSeconds").errorProperty().get()).isEqualTo("Must be 5–600 seconds");
        assertThat(vm.canSaveProperty().get()).isFalse();

        vm.number("clipboardClearSeconds").textProperty().set("ten");
        assertThat(vm.number("clipboardClearSeconds").errorProperty().get()).startsWith("Enter a whole number");

        vm.number("clipboardClearSeconds").textProperty().set("45");
        assertThat(vm.number("clipboardClearSeconds").errorProperty().get()).isEmpty();
        assertThat(vm.canSaveProperty().get()).isTrue();
    }

    @Test
    void lockMustComeBeforeWipe() {
        SettingsViewModel vm = loaded();
        vm.number("offlineCacheDays").textProperty().set("7");

        vm.number("offlineLockDays").textProperty().set("7");

        assertThat(vm.number("offlineLockDays").errorProperty().get()).contains("less than the offline cache days");
        assertThat(vm.canSaveProperty().get()).isFalse();
    }

    @Test
    void saveSendsTheChangeAndTheServerKeepsIt() throws Exception {
        SettingsViewModel vm = loaded();
        int before = client.settings().global().autoLockMinutes();
        int wanted = before == 9 ? 8 : 9;
        vm.number("autoLockMinutes").textProperty().set(String.valueOf(wanted));

        vm.save();

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("Saved.");
        assertThat(client.settings().global().autoLockMinutes()).isEqualTo(wanted);
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void saveLeavesOptionsItDidNotTouchAsTheServerHasThem() throws Exception {
        SettingsViewModel vm = loaded();
        MobileSettings now = client.settings().global();
        // another admin changes a different option meanwhile
        int otherAdminValue = now.bruteForceLockoutMinutes() == 20 ? 21 : 20;
        client.settings().updateGlobal(new MobileSettingsPatch(null, null, null, null, null, null, null, null, null, null, null,
                otherAdminValue, null, null));
        vm.switchProperty(MobileOption.MOBILE_ACCESS_ENABLED).set(!now.mobileAccessEnabled());

        vm.save();

        MobileSettings after = client.settings().global();
        assertThat(after.mobileAccessEnabled()).isEqualTo(!now.mobileAccessEnabled());
        assertThat(after.bruteForceLockoutMinutes()).isEqualTo(otherAdminValue);
    }

    @Test
    void trustedNetworksAreSavedAndABadOneIsNamedUnderTheField() throws Exception {
        SettingsViewModel vm = loaded();
        vm.networks().textProperty().set("10.0.0.0/8,  fd00::/8 ");
        assertThat(vm.canSaveProperty().get()).isTrue();

        vm.save();

        assertThat(client.settings().global().trustedNetworks()).containsExactly("10.0.0.0/8", "fd00::/8");
        assertThat(vm.networks().textProperty().get()).isEqualTo("10.0.0.0/8, fd00::/8");
        assertThat(vm.dirtyProperty().get()).isFalse();

        vm.networks().textProperty().set("10.0.0.0/8, 10.1/33");
        vm.save();

        assertThat(vm.networks().errorProperty().get()).contains("'10.1/33'");
        assertThat(client.settings().global().trustedNetworks()).containsExactly("10.0.0.0/8", "fd00::/8");
        vm.networks().textProperty().set("");
        vm.save();
        assertThat(client.settings().global().trustedNetworks()).isEmpty();
    }

    @Test
    void revertRestoresWhatTheServerSaid() {
        SettingsViewModel vm = loaded();
        String original = vm.number("maxFailedUnlockAttempts").textProperty().get();
        vm.number("maxFailedUnlockAttempts").textProperty().set("999");

        vm.revert();

        assertThat(vm.number("maxFailedUnlockAttempts").textProperty().get()).isEqualTo(original);
        assertThat(vm.number("maxFailedUnlockAttempts").errorProperty().get()).isEmpty();
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void serverValidationErrorsLandOnTheirField() {
        // a server whose rules are stricter than the console knows answers 422 with field problems
        SettingsApi stricter = new SettingsApi() {
            @Override
            public MobileSettings load() throws RoamvaultClientException {
                return client.settings().global();
            }

            @Override
            public MobileSettings save(MobileSettingsPatch patch) throws RoamvaultClientException {
                throw ClientFailures.api("validation_failed", 422, "Invalid settings",
                        Map.of("autoLockMinutes", "must be 1..60 minutes"));
            }
        };
        SettingsViewModel vm = new SettingsViewModel(new SameThreadUiExecutor(), stricter);
        vm.load();
        vm.number("autoLockMinutes").textProperty().set("120");

        vm.save();

        assertThat(vm.number("autoLockMinutes").errorProperty().get()).isEqualTo("must be 1..60 minutes");
        assertThat(vm.errorProperty().get()).contains("validation_failed");
        assertThat(vm.dirtyProperty().get()).isTrue();
    }
}
