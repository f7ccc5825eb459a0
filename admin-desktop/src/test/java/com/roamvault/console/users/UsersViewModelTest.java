package com.roamvault.console.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.console.ClientFailures;
import com.roamvault.console.ScriptedDialogs;
import com.roamvault.console.TestPhone;
import com.roamvault.console.TestServers;
import com.roamvault.console.devices.DeviceRow;
import com.roamvault.protocol.admin.DeviceDetail;
import com.roamvault.protocol.admin.PairingCode;
import com.roamvault.protocol.admin.UserCreate;
import com.roamvault.protocol.admin.UserMobile;
import com.roamvault.protocol.admin.UserPage;
import com.roamvault.protocol.admin.UserSummary;
import com.roamvault.protocol.policy.MobileOption;
import com.roamvault.protocol.policy.MobileOptions;
import com.roamvault.protocol.policy.MobileSettings;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.server.demo.DemoSeeder;
import com.roamvault.ui.SameThreadUiExecutor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The User Accounts ViewModel against the real server (demo organisation, plus seeded users for paging). */
class UsersViewModelTest {
    private static final int SEEDED = 120;
    private static RoamvaultServer server;
    private static AdminClient client;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServers.start();
        client = RoamvaultClient.connect(server.url(), server.pin()).admin();
        client.login(TestServers.ADMIN, TestServers.ADMIN_PASSWORD);
        for (int i = 1; i <= SEEDED; i++) {
            client.users().create(new UserCreate(String.format("LAB\\tester%03d", i), "Lab Tester " + i, null, null,
                    true, null));
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static UsersViewModel vm(int pageSize) {
        return new UsersViewModel(new SameThreadUiExecutor(), new ScriptedDialogs(), UsersApi.of(client),
                Clock.systemDefaultZone(), pageSize);
    }

    /** Searches for exactly one user and selects them, as the admin would. */
    private static UsersViewModel selected(String username) {
        UsersViewModel vm = vm(UsersViewModel.PAGE_SIZE);
        vm.list().queryProperty().set(username);
        vm.list().search();
        vm.select(vm.list().rows().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow());
        return vm;
    }

    private static long idOf(String username) throws RoamvaultClientException {
        return client.users().page(username, 10, 0).users().stream().filter(u -> u.username().equals(username))
                .findFirst().orElseThrow().id();
    }

    @Test
    void onlyOnePageIsHeldAndNextAndPreviousWalkThroughAll() {
        UsersViewModel vm = vm(UsersViewModel.PAGE_SIZE);
        vm.list().search();

        long total = vm.list().totalProperty().get();
        assertThat(total).isGreaterThanOrEqualTo(SEEDED + 9);
        assertThat(vm.list().rows()).hasSize(100);
        assertThat(vm.list().pageTextProperty().get()).isEqualTo("1–100 of " + total);
        assertThat(vm.list().canPreviousProperty().get()).isFalse();
        assertThat(vm.list().canNextProperty().get()).isTrue();

        Set<Long> seen = new HashSet<>(vm.list().rows().stream().map(UserSummary::id).toList());
        vm.list().nextPage();
        assertThat(vm.list().pageTextProperty().get()).isEqualTo("101–" + total + " of " + total);
        assertThat(vm.list().rows()).hasSize((int) total - 100);
        assertThat(vm.list().canNextProperty().get()).isFalse();
        vm.list().rows().forEach(u -> assertThat(seen.add(u.id())).as("on one page only: " + u.username()).isTrue());
        assertThat(seen).hasSize((int) total);

        vm.list().previousPage();
        assertThat(vm.list().pageTextProperty().get()).isEqualTo("1–100 of " + total);
    }

    @Test
    void searchAsksTheServerAndStartsAtPageOne() {
        UsersViewModel vm = vm(4);
        vm.list().queryProperty().set("CORP\\");
        vm.list().search();
        assertThat(vm.list().pageTextProperty().get()).isEqualTo("1–4 of 9");
        List<String> all = new ArrayList<>(vm.list().rows().stream().map(UserSummary::username).toList());
        vm.list().nextPage();
        vm.list().nextPage();
        all.addAll(vm.list().rows().stream().map(UserSummary::username).toList());
        assertThat(vm.list().pageTextProperty().get()).isEqualTo("9–9 of 9");

        vm.list().queryProperty().set("li chen");
        vm.list().search();
        assertThat(vm.list().rows()).extracting(UserSummary::username).containsExactly(DemoSeeder.OVERRIDE_USER);
        assertThat(vm.list().pageTextProperty().get()).isEqualTo("1–1 of 1");
        assertThat(vm.list().offsetProperty().get()).isZero();

        vm.list().queryProperty().set("nobody-of-that-name");
        vm.list().search();
        assertThat(vm.list().rows()).isEmpty();
        assertThat(vm.list().pageTextProperty().get()).isEqualTo("No users match");
        assertThat(vm.list().canNextProperty().get()).isFalse();
    }

    @Test
    void aUsersOverrideStandsBesideTheInheritedOptionsAndTheEffectivePolicy() {
        UsersViewModel vm = selected(DemoSeeder.OVERRIDE_USER);

        OptionOverride cache = vm.option("offlineCacheDays");
        assertThat(cache.inheritProperty().get()).isFalse();
        assertThat(cache.textProperty().get()).isEqualTo("3");
        assertThat(cache.effectiveProperty().get()).isEqualTo("3 days");
        assertThat(cache.inheritTextProperty().get()).isEqualTo("inherit (14 days)");
        OptionOverride autoLock = vm.option("autoLockMinutes");
        assertThat(autoLock.inheritProperty().get()).isTrue();
        assertThat(autoLock.inheritTextProperty().get()).isEqualTo("inherit (5 minutes)");
        assertThat(autoLock.effectiveProperty().get()).isEqualTo("5 minutes");
        assertThat(vm.option("offlineLockDays").effectiveProperty().get()).isEqualTo("off");
        assertThat(vm.option("biometricUnlockAllowed").effectiveProperty().get()).isEqualTo("yes");
        assertThat(vm.options()).extracting(OptionOverride::label).contains("Offline cache", "Mobile access",
                "Biometric unlock", "Clipboard clear", "Phone edits")
                .hasSize(MobileOption.perUserOptions().size());
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void overrideSavedThenInheritedAgainOnTheServer() throws Exception {
        UsersViewModel vm = selected("CORP\\amorgan");
        OptionOverride clipboard = vm.option("clipboardClearSeconds");
        assertThat(clipboard.inheritProperty().get()).isTrue();

        clipboard.inheritProperty().set(false);
        assertThat(clipboard.textProperty().get()).as("starts from the inherited value").isEqualTo("30");
        clipboard.textProperty().set("45");
        assertThat(vm.canSaveProperty().get()).isTrue();
        vm.save();

        assertThat(clipboard.effectiveProperty().get()).isEqualTo("45 seconds");
        assertThat(vm.statusProperty().get()).contains("Saved");
        assertThat(vm.dirtyProperty().get()).isFalse();
        UserMobile onServer = client.settings().user(idOf("CORP\\amorgan"));
        assertThat(onServer.overrides()).isEqualTo(new MobileOptions(null, null, null, null, null, null, null, null, 45, null));
        assertThat(vm.selectedProperty().get().hasOverrides()).isTrue();

        clipboard.inheritProperty().set(true);
        vm.save();

        assertThat(clipboard.effectiveProperty().get()).isEqualTo("30 seconds");
        assertThat(client.settings().user(idOf("CORP\\amorgan")).overrides()).isEqualTo(MobileOptions.NONE);
        assertThat(vm.selectedProperty().get().hasOverrides()).isFalse();
    }

    @Test
    void pickingAnotherUserWithUnsavedEditsAsksAndOnlyADiscardSwitches() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        UsersViewModel vm = new UsersViewModel(new SameThreadUiExecutor(), dialogs, UsersApi.of(client),
                Clock.systemDefaultZone());
        vm.list().search();
        UserSummary tnguyen = row(vm, "CORP\\tnguyen");
        UserSummary jsmith = row(vm, "CORP\\jsmith");
        assertThat(vm.select(tnguyen)).isTrue();
        assertThat(vm.select(jsmith)).as("nothing typed, nothing asked").isTrue();
        assertThat(dialogs.asked).isEmpty();
        vm.select(tnguyen);
        OptionOverride autoLock = vm.option("autoLockMinutes");
        autoLock.inheritProperty().set(false);
        autoLock.textProperty().set("9");

        dialogs.answer = false;
        assertThat(vm.select(jsmith)).isFalse();
        assertThat(dialogs.asked).containsExactly(UnsavedEdits.TITLE);
        assertThat(dialogs.messages.getFirst()).contains("CORP\\tnguyen").contains("CORP\\jsmith");
        assertThat(vm.selectedProperty().get().username()).isEqualTo("CORP\\tnguyen");
        assertThat(autoLock.textProperty().get()).isEqualTo("9");
        assertThat(vm.dirtyProperty().get()).isTrue();

        dialogs.answer = true;
        assertThat(vm.select(jsmith)).isTrue();
        assertThat(vm.selectedProperty().get().username()).isEqualTo("CORP\\jsmith");
        assertThat(autoLock.inheritProperty().get()).as("jsmith's own options").isTrue();
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    private static UserSummary row(UsersViewModel vm, String username) {
        return vm.list().rows().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    @Test
    void invalidOverridesAreCaughtBeforeSendingAndRevertRestores() {
        UsersViewModel vm = selected("CORP\\dkowalski");
        OptionOverride clipboard = vm.option("clipboardClearSeconds");
        clipboard.inheritProperty().set(false);
        clipboard.textProperty().set("2");
        assertThat(clipboard.errorProperty().get()).isEqualTo("Must be 5–600 seconds");
        assertThat(vm.canSaveProperty().get()).isFalse();

        clipboard.textProperty().set("10");
        OptionOverride lock = vm.option("offlineLockDays");
        lock.inheritProperty().set(false);
        lock.textProperty().set("20");
        assertThat(lock.errorProperty().get()).contains("less than the offline cache days (14)");
        assertThat(vm.canSaveProperty().get()).isFalse();

        vm.revert();
        assertThat(lock.inheritProperty().get()).isTrue();
        assertThat(clipboard.inheritProperty().get()).isTrue();
        assertThat(lock.errorProperty().get()).isEmpty();
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void theServersFieldErrorsLandOnTheirField() {
        UsersApi stricter = new DelegatingUsersApi(UsersApi.of(client)) {
            @Override
            public UserMobile saveMobile(long userId, MobileOptions overrides) throws RoamvaultClientException {
                throw ClientFailures.api("validation_failed", 422, "Some values are not valid",
                        Map.of("autoLockMinutes", "must be 1..30 minutes"));
            }
        };
        UsersViewModel vm = new UsersViewModel(new SameThreadUiExecutor(), new ScriptedDialogs(), stricter,
                Clock.systemDefaultZone());
        vm.list().queryProperty().set("CORP\\tnguyen");
        vm.list().search();
        vm.select(vm.list().rows().getFirst());
        vm.option("autoLockMinutes").inheritProperty().set(false);
        vm.option("autoLockMinutes").textProperty().set("60");

        vm.save();

        assertThat(vm.option("autoLockMinutes").errorProperty().get()).isEqualTo("must be 1..30 minutes");
        assertThat(vm.errorProperty().get()).contains("not valid").contains("validation_failed");
        assertThat(vm.detailBusyProperty().get()).isFalse();
    }

    @Test
    void aLockedAccountIsUnlocked() throws Exception {
        String user = "CORP\\pnair";
        String answer = "";
        for (int i = 0; i < 10 && !answer.equals("account_locked"); i++) {
            answer = TestPhone.tryLogin(server, user, "not-the-password");
        }
        assertThat(answer).isEqualTo("account_locked");
        UsersViewModel vm = selected(user);
        assertThat(vm.selectedProperty().get().locked()).isTrue();
        assertThat(vm.canUnlockProperty().get()).isTrue();

        vm.unlock();

        assertThat(vm.statusProperty().get()).isEqualTo("Unlocked " + user + ".");
        assertThat(vm.selectedProperty().get().locked()).isFalse();
        assertThat(vm.list().rows()).filteredOn(u -> u.username().equals(user)).extracting(UserSummary::locked)
                .containsExactly(false);
        assertThat(vm.canUnlockProperty().get()).isFalse();
        assertThat(TestPhone.tryLogin(server, user, DemoSeeder.masterPasswordOf(user))).isEqualTo("ok");
    }

    @Test
    void aWeakPasswordIsRefusedWithTheServersReasonsAndAStrongOneWorks() throws Exception {
        String user = "CORP\\sgarcia";
        UsersViewModel vm = selected(user);
        vm.startReset();
        PasswordResetViewModel reset = vm.reset();
        assertThat(reset.openProperty().get()).isTrue();

        reset.passwordProperty().set("password1");
        assertThat(reset.feedbackProperty().get()).contains("too weak");
        assertThat(reset.acceptableProperty().get()).isFalse();
        assertThat(reset.hints()).anyMatch(h -> h.contains("at least 12 characters"));
        reset.submit();

        assertThat(reset.reasons()).anyMatch(r -> r.contains("at least 12 characters"))
                .anyMatch(r -> r.contains("below the required 3"));
        assertThat(reset.hints()).as("the server's reasons replace the estimate, not repeat it").isEmpty();
        assertThat(reset.errorProperty().get()).contains("weak_password");
        assertThat(reset.openProperty().get()).isTrue();
        assertThat(TestPhone.tryLogin(server, user, "password1")).isEqualTo("invalid_credentials");

        String strong = "quiet-harbor-lantern-vortex-2026";
        reset.passwordProperty().set(strong);
        assertThat(reset.feedbackProperty().get()).contains("meets the policy");
        assertThat(reset.strengthProperty().get()).isEqualTo(1.0);
        reset.submit();

        assertThat(reset.openProperty().get()).isFalse();
        assertThat(reset.passwordProperty().get()).as("not kept in memory").isEmpty();
        assertThat(reset.reasons()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("Reset the master password of " + user + ".");
        assertThat(TestPhone.tryLogin(server, user, strong)).isEqualTo("ok");
    }

    @Test
    void thePairingCodeIsADecodableImageAndAPairUri() throws Exception {
        UsersViewModel vm = selected("CORP\\mrossi");
        vm.showPairing();

        assertThat(vm.pairing().uriProperty().get()).startsWith("roamvault://pair?").contains("mrossi")
                .contains("sha256");
        BufferedImage qr = ImageIO.read(new ByteArrayInputStream(vm.pairing().pngProperty().get()));
        assertThat(qr).isNotNull();
        assertThat(qr.getWidth()).isGreaterThan(50);

        vm.select(vm.list().rows().stream().filter(u -> !u.username().equals("CORP\\mrossi")).findFirst()
                .orElseGet(() -> {
                    vm.list().queryProperty().set("");
                    vm.list().search();
                    return vm.list().rows().getFirst();
                }));
        assertThat(vm.pairing().uriProperty().get()).as("another user's code is not left showing").isEmpty();
    }

    @Test
    void theUsersDevicesAreListed() throws Exception {
        TestPhone phone = TestPhone.register(server, "Users screen phone");
        UsersViewModel vm = selected(TestPhone.USER);

        assertThat(vm.devices()).extracting(DeviceRow::deviceId).contains(phone.deviceId());
        assertThat(vm.devices()).extracting(DeviceRow::deviceName).contains("Users screen phone");
        assertThat(vm.selectedProperty().get().deviceCount()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aServerErrorIsShownNotSwallowed() {
        UsersApi down = new DelegatingUsersApi(UsersApi.of(client)) {
            @Override
            public UserPage page(String query, int limit, int offset) throws RoamvaultClientException {
                throw ClientFailures.unreachable("down");
            }
        };
        UsersViewModel vm = new UsersViewModel(new SameThreadUiExecutor(), new ScriptedDialogs(), down,
                Clock.systemDefaultZone());

        vm.list().search();

        assertThat(vm.errorProperty().get()).contains("cannot be reached").contains("network_unavailable");
        assertThat(vm.list().busyProperty().get()).isFalse();
    }

    @Test
    void aFailingDetailIsShownToo() {
        UsersApi broken = new DelegatingUsersApi(UsersApi.of(client)) {
            @Override
            public PairingCode pairingCode(long userId) throws RoamvaultClientException {
                throw ClientFailures.api("internal_error", 500, "The server failed");
            }
        };
        UsersViewModel vm = new UsersViewModel(new SameThreadUiExecutor(), new ScriptedDialogs(), broken,
                Clock.systemDefaultZone());
        vm.list().queryProperty().set("CORP\\jsmith");
        vm.list().search();
        vm.select(vm.list().rows().getFirst());

        vm.showPairing();

        assertThat(vm.errorProperty().get()).contains("The server failed").contains("internal_error");
        assertThat(vm.pairing().uriProperty().get()).isEmpty();
    }

    /** The real API with one call replaced, to play a server that fails or has other rules. */
    private static class DelegatingUsersApi implements UsersApi {
        private final UsersApi real;

        DelegatingUsersApi(UsersApi real) {
            this.real = real;
        }

        @Override
        public UserPage page(String query, int limit, int offset) throws RoamvaultClientException {
            return real.page(query, limit, offset);
        }

        @Override
        public MobileSettings globals() throws RoamvaultClientException {
            return real.globals();
        }

        @Override
        public UserMobile mobile(long userId) throws RoamvaultClientException {
            return real.mobile(userId);
        }

        @Override
        public UserMobile saveMobile(long userId, MobileOptions overrides) throws RoamvaultClientException {
            return real.saveMobile(userId, overrides);
        }

        @Override
        public void unlock(long userId) throws RoamvaultClientException {
            real.unlock(userId);
        }

        @Override
        public void resetMasterPassword(long userId, String password) throws RoamvaultClientException {
            real.resetMasterPassword(userId, password);
        }

        @Override
        public PairingCode pairingCode(long userId) throws RoamvaultClientException {
            return real.pairingCode(userId);
        }

        @Override
        public List<DeviceDetail> devices(String username) throws RoamvaultClientException {
            return real.devices(username);
        }
    }
}
