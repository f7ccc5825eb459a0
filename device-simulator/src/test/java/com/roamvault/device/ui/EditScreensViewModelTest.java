package com.roamvault.device.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.support.Lab;
import com.roamvault.device.ui.conflict.FieldDifference;
import com.roamvault.device.ui.control.DeviceControlViewModel;
import com.roamvault.device.ui.phone.PhoneViewModel;
import com.roamvault.device.ui.records.RecordRow;
import com.roamvault.device.ui.session.Screen;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.protocol.admin.RecordRequest;
import com.roamvault.protocol.password.PasswordGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Editing on the phone: allowed or not, online save, offline queue with the badge, conflicts, the generator. */
class EditScreensViewModelTest {
    private static Lab lab;

    @BeforeAll
    static void start() {
        lab = new Lab();
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    @Test
    void aViewOnlyListOffersNoEditAndSaysWhy() {
        PhoneViewModel phone = Phones.loggedIn(lab, lab.user(1), "viewer");
        open(phone);
        assertThat(phone.detail().canEditProperty().get()).isFalse();
        assertThat(phone.detail().editHintProperty().get()).isEqualTo("View only: you may not modify the records of this list.");
        phone.detail().edit();
        assertThat(phone.screenProperty().get()).isEqualTo(Screen.DETAIL);
    }

    @Test
    void phoneEditsOffByPolicyOfferNoEditEvenOnAListTheUserMayModify() throws Exception {
        Lab.TestUser user = lab.user(1);
        EditingLab.mayModify(lab, user, "off");
        PhoneViewModel phone = Phones.loggedIn(lab, user, "read-only-policy");
        open(phone);
        assertThat(phone.detail().canEditProperty().get()).isFalse();
        assertThat(phone.detail().editHintProperty().get()).startsWith("Editing is off");
    }

    @Test
    void anOnlineEditIsSavedOnTheServerAndTheRecordShowsTheNewValues() throws Exception {
        Lab.TestUser user = lab.user(1);
        EditingLab.mayModify(lab, user, "online");
        PhoneViewModel phone = Phones.loggedIn(lab, user, "editor");
        long id = open(phone);
        assertThat(phone.detail().canEditProperty().get()).isTrue();

        phone.detail().edit();
        var form = phone.edit();
        assertThat(phone.screenProperty().get()).isEqualTo(Screen.EDIT);
        assertThat(form.usernameProperty().get()).isEqualTo("svc");
        form.usernameProperty().set("svc-rotated");
        form.notesProperty().set("rotated from the phone");
        form.lengthProperty().set(32);
        form.generate();
        String generated = form.passwordProperty().get();
        form.save();

        assertThat(phone.screenProperty().get()).isEqualTo(Screen.DETAIL);
        assertThat(phone.detail().noticeProperty().get()).isEqualTo("Saved on the server.");
        assertThat(phone.detail().usernameProperty().get()).isEqualTo("svc-rotated");
        RecordDetail onServer = lab.admin().records().get(id);
        assertThat(onServer.username()).isEqualTo("svc-rotated");
        assertThat(onServer.notes()).isEqualTo("rotated from the phone");
        assertThat(onServer.password()).isEqualTo(generated).hasSize(32);
        assertThat(phone.records().pendingEditsProperty().get()).isEmpty();
    }

    @Test
    void theGeneratorFillsAPasswordOfTheChosenLengthThatTheMeterCallsStrong() throws Exception {
        Lab.TestUser user = lab.user(1);
        EditingLab.mayModify(lab, user, "online");
        PhoneViewModel phone = Phones.loggedIn(lab, user, "generator");
        open(phone);
        phone.detail().edit();
        var form = phone.edit();
        assertThat(form.meter().labelProperty().get()).isEmpty();

        form.lengthProperty().set(24);
        form.generate();

        String pw = form.passwordProperty().get();
        assertThat(pw).hasSize(24).containsPattern("[A-Z]").containsPattern("[a-z]").containsPattern("[0-9]");
        assertThat(pw.chars().anyMatch(c -> PasswordGenerator.SYMBOLS.indexOf(c) >= 0)).isTrue();
        assertThat(form.meter().strengthProperty().get().score()).isGreaterThanOrEqualTo(3);
        assertThat(form.meter().labelProperty().get()).matches("(Strong \\(3|Very strong \\(4)/4\\)");
        form.generate();
        assertThat(form.passwordProperty().get()).isNotEqualTo(pw);

        form.passwordProperty().set("password1");
        assertThat(form.meter().labelProperty().get()).startsWith("Very weak");
    }

    @Test
    void anOfflineEditIsQueuedWithTheBadgeAndSentByTheNextSync() throws Exception {
        Lab.TestUser user = lab.user(1);
        EditingLab.mayModify(lab, user, "offline");
        PhoneViewModel phone = Phones.loggedIn(lab, user, "offline-editor");
        long id = open(phone);
        new DeviceControlViewModel(phone).setNetwork(NetworkMode.OFFLINE);

        phone.detail().edit();
        phone.edit().urlProperty().set("https://moved.corp.example");
        phone.edit().save();

        assertThat(phone.detail().noticeProperty().get()).startsWith("Saved on this phone: waiting to sync");
        assertThat(phone.detail().urlProperty().get()).isEqualTo("https://moved.corp.example");
        assertThat(phone.detail().editHintProperty().get()).isEqualTo("This record has an edit waiting to sync.");
        assertThat(phone.records().pendingEditsProperty().get()).isEqualTo("1 edit waiting to sync");
        assertThat(lab.admin().records().get(id).url()).isEqualTo("https://h0.corp.example");

        new DeviceControlViewModel(phone).setNetwork(NetworkMode.ONLINE);
        phone.show(Screen.SYNC);
        phone.sync().sync();

        assertThat(phone.records().pendingEditsProperty().get()).isEmpty();
        assertThat(lab.admin().records().get(id).url()).isEqualTo("https://moved.corp.example");
    }

    @Test
    void anOnlineOnlyPolicyRefusesAnEditWithoutAConnectionAndSaysWhy() throws Exception {
        Lab.TestUser user = lab.user(1);
        EditingLab.mayModify(lab, user, "online");
        PhoneViewModel phone = Phones.loggedIn(lab, user, "online-only");
        open(phone);
        new DeviceControlViewModel(phone).setNetwork(NetworkMode.OFFLINE);
        phone.detail().edit();
        phone.edit().titleProperty().set("renamed offline");
        phone.edit().save();

        assertThat(phone.screenProperty().get()).isEqualTo(Screen.EDIT);
        assertThat(phone.edit().errorProperty().get()).contains("edit_not_allowed");
        assertThat(phone.edit().reasonProperty().get()).contains("connect");
        assertThat(phone.records().pendingEditsProperty().get()).isEmpty();
    }

    @Test
    void aConflictShowsYourValuesBesideTheServersAndOkDismissesIt() throws Exception {
        Lab.TestUser user = lab.user(1);
        EditingLab.mayModify(lab, user, "online");
        PhoneViewModel phone = Phones.loggedIn(lab, user, "conflicted");
        long id = open(phone);
        RecordDetail before = lab.admin().records().get(id);
        lab.admin().records().update(id, new RecordRequest(before.title(), "svc-by-admin", before.password(),
                before.url(), before.notes(), null, null, null));

        phone.detail().edit();
        phone.edit().usernameProperty().set("svc-by-phone");
        phone.edit().save();

        assertThat(phone.screenProperty().get()).isEqualTo(Screen.EDIT);
        assertThat(phone.edit().conflictedProperty().get()).isTrue();
        assertThat(phone.edit().errorProperty().get()).contains("edit_conflict");
        assertThat(phone.records().conflictsProperty().get()).isEqualTo("1 edit not applied (conflict): review");

        phone.edit().reviewConflict();
        assertThat(phone.screenProperty().get()).isEqualTo(Screen.CONFLICTS);
        var shown = phone.conflicts().conflicts();
        assertThat(shown).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo(before.title());
            assertThat(c.fields()).containsExactly(new FieldDifference("User name", "svc-by-phone", "svc-by-admin", false));
        });
        assertThat(lab.admin().records().get(id).username()).isEqualTo("svc-by-admin");

        phone.conflicts().dismiss();
        assertThat(phone.screenProperty().get()).isEqualTo(Screen.RECORDS);
        assertThat(phone.records().conflictsProperty().get()).isEmpty();
    }

    /** Opens the first record of the phone's list; returns its id. */
    private static long open(PhoneViewModel phone) {
        RecordRow.Item first = phone.records().rows().stream().filter(RecordRow.Item.class::isInstance)
                .map(RecordRow.Item.class::cast).findFirst().orElseThrow();
        phone.records().open(first);
        return first.recordId();
    }
}
