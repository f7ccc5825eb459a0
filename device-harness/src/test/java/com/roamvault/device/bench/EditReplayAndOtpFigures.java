package com.roamvault.device.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.client.admin.ListsApi;
import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.edit.ReplayCounters;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.engine.otp.OtpEntry;
import com.roamvault.device.scenario.AdminCall;
import com.roamvault.device.support.Lab;
import com.roamvault.protocol.admin.RecordRequest;
import com.roamvault.protocol.mobile.RecordChanges;
import com.roamvault.protocol.mobile.RecordDto;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's closing-note figures, measured against the real in-process server and printed:
 * edits queued offline and replayed over a flaky network (calls sent, applied, conflicts, replays
 * of an editId, and what the server applied), and the engine's time to list the OTP page of 1,000
 * records with their codes. Each also checks what must hold (nothing applied twice).
 */
class EditReplayAndOtpFigures {
    private static final int EDITS = 100;
    private static final int STALE = 10;
    private static final int OTP_RECORDS = 1_000;
    static Lab lab;

    @BeforeAll
    static void start() {
        lab = new Lab();
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    @Test
    void editsReplayedOverAFlakyNetworkAreAppliedExactlyOnce() {
        Lab.TestUser user = lab.user(EDITS);
        AdminCall.run("grant", () -> lab.admin().lists().grant(user.listId(), ListsApi.mobileGrant(user.userId(),
                "modify")));
        AdminCall.run("mode", () -> lab.admin().settings().patchUserOverrides(user.userId(),
                Map.of("mobileEditMode", "offline")));
        Device phone = lab.loggedIn(user, "bench-replay");
        List<RecordDto> records = phone.records();
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        for (RecordDto r : records) {
            phone.edits().edit(r.recordId(), new RecordChanges(null, null, "bench-" + r.recordId(), null, null, null));
        }
        for (RecordDto r : records.subList(0, STALE)) {
            AdminCall.run("update", () -> lab.admin().records().update(r.recordId(),
                    new RecordRequest(null, null, "admin-" + r.recordId(), null, null, null, null, null)));
        }
        phone.qa().setFlaky(0.33, 15L);
        long start = System.nanoTime();
        int syncs = 0;
        while (phone.snapshot().pendingEdits() > 0 && syncs < 500) {
            syncs++;
            try {
                phone.sync();
            } catch (DeviceException e) {
                assertThat(e.code()).isEqualTo("network_unavailable");
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        phone.qa().setNetwork(NetworkMode.ONLINE);
        phone.sync();
        ReplayCounters c = phone.edits().counters();
        int applied = lab.audit(user.username(), "RECORD_UPDATED", "offline").size();
        int conflicts = lab.audit(user.username(), "RECORD_EDIT_CONFLICT", null).size();
        System.out.printf("FIGURE edits replayed over a flaky network (failRate 0.33): %d queued, %d calls sent, "
                        + "%d answered applied, %d answered conflict, %d unanswered (request or answer lost) and "
                        + "replayed with the same editId; server applied %d, audited %d conflicts; %d sync attempts, "
                        + "%d ms%n", EDITS, c.attempts(), c.applied(), c.conflicts(), c.unanswered(), applied, conflicts,
                syncs, millis);
        assertThat(phone.snapshot().pendingEdits()).isZero();
        assertThat(applied).as("each edit applied once").isEqualTo(EDITS - STALE);
        assertThat(conflicts).isEqualTo(STALE);
        assertThat(c.applied() + c.conflicts()).isEqualTo(EDITS);
    }

    @Test
    void theOtpPageOfAThousandRecordsWithCodes() {
        Lab.TestUser user = lab.user(0);
        for (int i = 0; i < OTP_RECORDS; i++) {
            String uri = "otpauth://totp/Bench:u" + i + "?secret=JBSWY3DPEHPK3PXP" + base32(i) + "&issuer=Bench";
            RecordRequest r = new RecordRequest("otp-" + i, "u" + i, "pw-" + i, null, null, null, null, uri);
            AdminCall.run("record", () -> lab.admin().records().create(user.listId(), r));
        }
        Device phone = lab.loggedIn(user, "bench-otp");
        long first = timed(() -> codesOfPage(phone));
        long[] warm = new long[21];
        for (int i = 0; i < warm.length; i++) {
            warm[i] = timed(() -> codesOfPage(phone));
        }
        Arrays.sort(warm);
        List<Long> screen = phone.otp().records().stream().limit(20).map(OtpEntry::recordId).toList();
        long view = timed(() -> phone.otp().viewPage(screen));
        System.out.printf("FIGURE OTP page of %d records with codes (engine: otp().records() + otp().codes()): "
                + "first %.1f ms (parses the 1,000 otpUris), then median %.1f ms per refresh; showing a screen of "
                + "20 (20 OTP_VIEWED journaled) %.1f ms%n", OTP_RECORDS, first / 1e6, warm[warm.length / 2] / 1e6,
                view / 1e6);
        assertThat(phone.otp().records()).hasSize(OTP_RECORDS);
        assertThat(warm[warm.length / 2]).as("a refresh of 1,000 codes under 1 s").isLessThan(1_000_000_000L);
    }

    private static void codesOfPage(Device phone) {
        List<Long> ids = new ArrayList<>();
        phone.otp().records().forEach(e -> ids.add(e.recordId()));
        assertThat(phone.otp().codes(ids)).hasSize(OTP_RECORDS);
    }

    /** Eight base32 digits of {@code n}: each record its own secret. */
    private static String base32(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            out.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".charAt((n >> (5 * i)) & 31));
        }
        return out.toString();
    }

    private static long timed(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return System.nanoTime() - start;
    }
}
