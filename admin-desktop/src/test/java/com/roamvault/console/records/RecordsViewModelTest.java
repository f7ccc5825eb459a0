package com.roamvault.console.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.client.admin.ListsApi;
import com.roamvault.client.mobile.EditResult;
import com.roamvault.console.ScriptedDialogs;
import com.roamvault.console.TestPhone;
import com.roamvault.console.TestServers;
import com.roamvault.protocol.admin.ListDetail;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.protocol.admin.RecordRequest;
import com.roamvault.protocol.admin.RecordVersion;
import com.roamvault.protocol.mobile.RecordChanges;
import com.roamvault.protocol.otp.OtpUri;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.SameThreadUiExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Records screen's logic against the real server: create and edit, the generator, history and restore. */
class RecordsViewModelTest {
    /** RFC 6238's SHA1 test key ("12345678901234567890"); at 59 s its 8-digit code is 94287082. */
    static final String RFC_URI = "otpauth://totp/ACME:alice@example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
            + "&issuer=ACME&digits=8&period=30";
    private static final AtomicInteger LISTS = new AtomicInteger();
    private static RoamvaultServer server;
    private static RoamvaultClient roamvault;
    private static AdminClient admin;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServers.start();
        roamvault = RoamvaultClient.connect(server.url(), server.pin());
        admin = roamvault.admin();
        admin.login(TestServers.ADMIN, TestServers.ADMIN_PASSWORD);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    static RecordsApi api(RoamvaultClient roamvault, AdminClient admin) throws Exception {
        var passwordstate = roamvault.passwordstate(admin.serverInfo().systemApiKey());
        return RecordsApi.of(admin, () -> passwordstate.generatePasswords(1, null).get(0));
    }

    /** A list of its own per test, picked. */
    private static RecordsViewModel onNewList(ScriptedDialogs dialogs, Clock clock) throws Exception {
        ListDetail list = admin.lists().create("Console records " + LISTS.incrementAndGet(), "records tests");
        RecordsViewModel vm = new RecordsViewModel(new SameThreadUiExecutor(), dialogs, api(roamvault, admin), clock);
        vm.refresh();
        vm.selectedListProperty().set(vm.lists().stream().filter(l -> l.listId() == list.listId()).findFirst()
                .orElseThrow());
        return vm;
    }

    private static void type(RecordsViewModel vm, RecordField field, String text) {
        vm.editor().form().valueProperty(field).set(text);
    }

    @Test
    void aRecordWithEveryFieldAndATypedOtpUriIsCreatedOnTheServer() throws Exception {
        RecordsViewModel vm = onNewList(new ScriptedDialogs(), Clock.fixed(Instant.ofEpochSecond(59), ZoneOffset.UTC));
        vm.newRecord();
        type(vm, RecordField.TITLE, "VPN");
        type(vm, RecordField.USERNAME, "alice");
        type(vm, RecordField.PASSWORD, "Correct-Horse-9");
        type(vm, RecordField.URL, "https://vpn.example.com");
        type(vm, RecordField.NOTES, "two lines\nof notes");
        type(vm, RecordField.DOMAIN, "CORP");
        type(vm, RecordField.DESCRIPTION, "the VPN gateway");
        type(vm, RecordField.OTP_URI, RFC_URI + "\n");

        OtpPreview otp = vm.editor().otp();
        assertThat(otp.summaryProperty().get()).isEqualTo("ACME · alice@example.com · 8 digits every 30 s (SHA1)");
        assertThat(otp.codeProperty().get()).isEqualTo("9428 7082  (1 s left)");
        vm.save();

        assertThat(vm.editor().statusProperty().get()).startsWith("Saved VPN");
        RecordDetail saved = admin.records().find(vm.selectedListProperty().get().listId(), "VPN").orElseThrow();
        assertThat(saved).extracting(RecordDetail::username, RecordDetail::password, RecordDetail::url,
                RecordDetail::notes, RecordDetail::domain, RecordDetail::description, RecordDetail::otpUri)
                .containsExactly("alice", "Correct-Horse-9", "https://vpn.example.com", "two lines\nof notes", "CORP",
                        "the VPN gateway", RFC_URI);
        assertThat(vm.listed()).extracting(RecordDetail::title).containsExactly("VPN");
        assertThat(vm.selectedRecordProperty().get().recordId()).isEqualTo(saved.recordId());
    }

    @Test
    void aMalformedOtpUriShowsTheServersWordsBesideTheFieldAndNothingIsSaved() throws Exception {
        RecordsViewModel vm = onNewList(new ScriptedDialogs(), Clock.systemUTC());
        vm.newRecord();
        type(vm, RecordField.TITLE, "Broken key");
        type(vm, RecordField.OTP_URI, "otpauth://totp/ACME:bob?secret=not*base32");
        assertThat(vm.editor().otp().problemProperty().get()).startsWith("Not a usable one-time password URI");

        vm.save();

        assertThat(vm.editor().form().errorProperty(RecordField.OTP_URI).get()).as("the server's 422 words")
                .isEqualTo(OtpUri.problem("otpauth://totp/ACME:bob?secret=not*base32"));
        assertThat(vm.editor().form().errorProperty(RecordField.TITLE).get()).isEmpty();
        assertThat(vm.editor().errorProperty().get()).startsWith("Some values are not valid.");
        assertThat(admin.records().ofList(vm.selectedListProperty().get().listId())).isEmpty();
        assertThat(vm.editor().editingProperty().get()).as("still a new record").isNull();
    }

    @Test
    void generateFillsAPasswordOfEveryCharacterClassFromTheServer() throws Exception {
        RecordsViewModel vm = onNewList(new ScriptedDialogs(), Clock.systemUTC());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            vm.editor().generate();
            String password = vm.editor().form().valueProperty(RecordField.PASSWORD).get();
            assertThat(password).hasSize(20).containsPattern("[A-Z]").containsPattern("[a-z]")
                    .containsPattern("[0-9]").containsPattern("[^A-Za-z0-9]");
            seen.add(password);
        }
        assertThat(seen).as("each one new").hasSize(3);
        assertThat(vm.editor().statusProperty().get()).contains("Save to keep it");
    }

    @Test
    void historyListsEarlierVersionsAndRestoreMakesTheOldValuesCurrent() throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        RecordsViewModel vm = onNewList(dialogs, Clock.systemUTC());
        vm.newRecord();
        type(vm, RecordField.TITLE, "Mail");
        type(vm, RecordField.PASSWORD, "first-Password-1");
        vm.save();
        type(vm, RecordField.PASSWORD, "second-Password-2");
        vm.save();
        type(vm, RecordField.PASSWORD, "third-Password-3");
        vm.save();

        HistoryViewModel history = vm.history();
        assertThat(history.listed()).extracting(RecordVersion::password)
                .containsExactly("second-Password-2", "first-Password-1");
        assertThat(history.listed()).allSatisfy(v -> {
            assertThat(v.changedBy()).isEqualTo(TestServers.ADMIN);
            assertThat(v.changedAt()).isNotNull();
            assertThat(v.conflict()).isFalse();
        });

        RecordVersion first = history.listed().get(1);
        history.selectedProperty().set(first);
        dialogs.answer = false;
        vm.restore();
        long id = vm.selectedRecordProperty().get().recordId();
        assertThat(admin.records().get(id).password()).as("declined: nothing changes").isEqualTo("third-Password-3");

        dialogs.answer = true;
        vm.restore();
        assertThat(dialogs.asked).containsExactly("Restore version", "Restore version");
        RecordDetail now = admin.records().get(id);
        assertThat(now.password()).isEqualTo("first-Password-1");
        assertThat(vm.editor().form().valueProperty(RecordField.PASSWORD).get()).isEqualTo("first-Password-1");
        assertThat(vm.selectedRecordProperty().get().version()).isEqualTo(now.version());
        assertThat(history.listed()).as("the values replaced are history too").hasSize(3)
                .first().extracting(RecordVersion::password).isEqualTo("third-Password-3");
    }

    @Test
    void aPhonesEditThatLostAConflictIsMarkedInTheHistory() throws Exception {
        RecordsViewModel vm = onNewList(new ScriptedDialogs(), Clock.systemUTC());
        long listId = vm.selectedListProperty().get().listId();
        RecordDetail record = admin.records().create(listId, new RecordRequest("Router", "admin", "router-Pass-1",
                null, null, null, null, null));
        long jsmith = admin.users().page("jsmith", 5, 0).users().stream()
                .filter(u -> u.username().equals(TestPhone.USER)).findFirst().orElseThrow().id();
        admin.lists().grant(listId, ListsApi.mobileGrant(jsmith, "modify"));
        TestPhone phone = TestPhone.register(server, "Pixel (records test)");
        admin.records().update(record.recordId(), new RecordRequest(null, null, "console-Pass-2", null, null, null,
                null, null));

        EditResult stale = phone.edit(record.recordId(), record.version(),
                new RecordChanges(null, null, "phone-Pass-3", null, null, null));
        assertThat(stale).isInstanceOf(EditResult.Conflict.class);

        vm.refresh();
        vm.selectedRecordProperty().set(vm.listed().get(0));
        assertThat(vm.history().listed()).filteredOn(RecordVersion::conflict).singleElement()
                .satisfies(v -> {
                    assertThat(v.password()).isEqualTo("phone-Pass-3");
                    assertThat(v.changedBy()).isEqualTo(TestPhone.USER);
                    assertThat(HistoryTexts.kind(v)).startsWith("Conflict");
                });
        assertThat(admin.records().get(record.recordId()).password()).isEqualTo("console-Pass-2");
    }
}
