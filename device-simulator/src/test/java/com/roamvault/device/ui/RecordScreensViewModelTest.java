package com.roamvault.device.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.client.admin.ListsApi;
import com.roamvault.device.support.Lab;
import com.roamvault.device.ui.control.DeviceControlViewModel;
import com.roamvault.device.ui.phone.PhoneViewModel;
import com.roamvault.device.ui.records.RecordRow;
import com.roamvault.device.ui.session.Screen;
import com.roamvault.protocol.admin.RecordRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Record list with instant search, record detail (reveal with auto-hide, copy with countdown), sync. */
class RecordScreensViewModelTest {
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
    void recordsAreGroupedByListAndSearchFiltersThemInstantly() throws Exception {
        Lab.TestUser user = lab.user(5);
        long second = lab.admin().lists().create("Extra list " + user.userId(), "made by a scenario").listId();
        lab.admin().records().create(second, new RecordRequest("vpn-gateway-" + user.userId(), "ops", "pw-extra",
                "https://vpn.corp.example", null, null, null, null));
        lab.admin().lists().grant(second, ListsApi.mobileGrant(user.userId(), "view"));
        PhoneViewModel phone = Phones.loggedIn(lab, user, "lister");

        assertThat(phone.records().rows()).filteredOn(RecordRow.Header.class::isInstance).hasSize(2);
        assertThat(phone.records().rows()).filteredOn(RecordRow.Item.class::isInstance).hasSize(6);
        assertThat(phone.records().summaryProperty().get()).isEqualTo("6 records in 2 lists");

        String n = user.username().replaceAll("\\D", "");
        phone.records().queryProperty().set("rec-" + n + "-3");
        assertThat(phone.records().rows()).containsExactly(
                new RecordRow.Header("QA list " + n, 1),
                new RecordRow.Item(((RecordRow.Item) phone.records().rows().get(1)).recordId(), "rec-" + n + "-3", "svc",
                        "https://h3.corp.example"));
        assertThat(phone.records().summaryProperty().get()).isEqualTo("1 of 6 records match");

        phone.records().queryProperty().set("vpn");
        assertThat(phone.records().rows()).hasSize(2).last().extracting(r -> ((RecordRow.Item) r).title())
                .isEqualTo("vpn-gateway-" + user.userId());

        phone.records().queryProperty().set("no such thing");
        assertThat(phone.records().rows()).isEmpty();
    }

    @Test
    void aRevealedPasswordHidesItselfAndACopyShowsTheClipboardCountdown() {
        Lab.TestUser user = lab.user(2);
        PhoneViewModel phone = Phones.loggedIn(lab, user, "reader");
        RecordRow first = phone.records().rows().stream().filter(RecordRow.Item.class::isInstance).findFirst()
                .orElseThrow();
        phone.records().open(first);
        var detail = phone.detail();
        assertThat(phone.screenProperty().get()).isEqualTo(Screen.DETAIL);
        assertThat(detail.titleProperty().get()).isEqualTo(((RecordRow.Item) first).title());
        assertThat(detail.passwordProperty().get()).doesNotContain("pw-");

        detail.reveal();
        assertThat(detail.passwordProperty().get()).startsWith("pw-");
        assertThat(detail.revealCountdownProperty().get()).startsWith("Hides in 1");
        new DeviceControlViewModel(phone).advanceClock(Duration.ofSeconds(16));
        assertThat(detail.revealedProperty().get()).isFalse();
        assertThat(detail.passwordProperty().get()).doesNotContain("pw-");

        detail.copy();
        assertThat(detail.clipboardProperty().get()).startsWith("Clipboard: " + detail.titleProperty().get())
                .contains("clears in 30 s");
        assertThat(phone.device().clipboardText()).hasValueSatisfying(pw -> assertThat(pw).startsWith("pw-"));
        new DeviceControlViewModel(phone).advanceClock(Duration.ofSeconds(31));
        phone.tick();
        assertThat(detail.clipboardProperty().get()).isEmpty();

        detail.back();
        assertThat(phone.screenProperty().get()).isEqualTo(Screen.RECORDS);
    }

    @Test
    void syncReportsItsResultAndTheJournalEmpties() {
        PhoneViewModel phone = Phones.loggedIn(lab, lab.user(1), "syncer");
        RecordRow first = phone.records().rows().get(1);
        phone.records().open(first);
        DeviceControlViewModel control = new DeviceControlViewModel(phone);
        assertThat(control.journalSummaryProperty().get()).startsWith("1 pending");
        assertThat(control.pendingEvents()).singleElement().asString().contains("RECORD_VIEWED");

        phone.show(Screen.SYNC);
        phone.sync().sync();

        assertThat(phone.sync().resultProperty().get()).startsWith("Synced at").endsWith("1 records");
        assertThat(phone.sync().journalProperty().get()).isEqualTo("Audit journal: everything uploaded");
        assertThat(control.journalSummaryProperty().get()).startsWith("0 pending");
        assertThat(control.pendingEvents()).isEmpty();
    }
}
