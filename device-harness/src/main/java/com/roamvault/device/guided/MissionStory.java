package com.roamvault.device.guided;

import com.roamvault.client.admin.AdminClient;
import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.DeviceSnapshot;
import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.engine.state.WipeReason;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.audit.AuditUploadEvent;
import com.roamvault.protocol.mobile.RecordDto;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The story of the mission, told on one phone: sync, go offline, use records offline, the
 * administrator shortens the user's offline days, the clock passes expiry and the cache is wiped,
 * back online, re-authenticate, and the offline events reach the audit history exactly once.
 * The phone must be paired with {@code username}'s account; the story leaves the user's override
 * as it found it, so it can be played again.
 */
public final class MissionStory {
    /** The shortened limit: one day, so "a day and an hour later" is past it. */
    static final int SHORT_OFFLINE_DAYS = 1;
    static final Duration PAST_EXPIRY = Duration.ofDays(SHORT_OFFLINE_DAYS).plusHours(1);

    private final Device phone;
    private final AdminClient admin;
    private final String username;
    private final String masterPassword;
    private final OfflineDaysOverride override;
    private final OfflineEvents offlineEvents = new OfflineEvents();
    private final RecordHands hands;

    private MissionStory(Device phone, AdminClient admin, String username, String masterPassword, RecordHands hands) {
        this.phone = phone;
        this.hands = hands;
        this.admin = admin;
        this.username = username;
        this.masterPassword = masterPassword;
        this.override = new OfflineDaysOverride(admin, username);
    }

    /** A fresh telling of the story, headless (Restart makes a new one). */
    public static GuidedStory create(Device phone, AdminClient admin, String username, String masterPassword) {
        return create(phone, admin, username, masterPassword, RecordHands.direct(phone));
    }

    /** A fresh telling whose offline use of records goes through {@code hands} (the phone's screens). */
    public static GuidedStory create(Device phone, AdminClient admin, String username, String masterPassword,
                                     RecordHands hands) {
        return new MissionStory(phone, admin, username, masterPassword, hands).story();
    }

    private GuidedStory story() {
        return new GuidedStory("Offline access, expiry and audit", List.of(
                new GuidedStep("Sync",
                        user() + "'s phone signs in and syncs: the records of the lists shared with Mobile Access "
                                + "land in its encrypted offline cache, and the lease starts: the cache may live "
                                + "offline for the user's offline days.",
                        this::signInAndSync, this::syncedCheck),
                new GuidedStep("The administrator shortens the offline days",
                        "In the console (Users → " + username + " → offline days) the administrator gives "
                                + user() + " " + SHORT_OFFLINE_DAYS + " offline day instead of the global value. "
                                + "The phone learns it at its next contact with the server.",
                        () -> override.shorten(SHORT_OFFLINE_DAYS),
                        () -> override.shortenedCheck(SHORT_OFFLINE_DAYS)),
                new GuidedStep("The phone syncs and gets the new limit",
                        "Still online, the phone syncs: the new policy comes with the lease. From now on its "
                                + "cache lives " + SHORT_OFFLINE_DAYS + " day without contact with the server.",
                        this::syncAgain, this::shortLeaseCheck),
                new GuidedStep("Go offline",
                        "The phone loses its connection (a plane, a basement). The cache stays open: "
                                + "the records are still there.",
                        this::goOffline, this::offlineCheck),
                new GuidedStep("Use records offline",
                        user() + " opens two records, copies one password and reveals another. Nothing reaches "
                                + "the server: each action is written to the phone's encrypted audit journal.",
                        this::useRecordsOffline, this::journaledCheck),
                new GuidedStep("The clock passes expiry: the cache is wiped",
                        "A day and an hour later the phone is still offline. Its lease is over, so the cache "
                                + "is wiped (reason: expired). The journal survives the wipe.",
                        this::passExpiry, this::wipedCheck),
                new GuidedStep("Back online",
                        "The connection is back. The cache stays wiped and the journal waits: "
                                + "nothing is handed in before the user proves who they are.",
                        this::backOnline, this::onlineCheck),
                new GuidedStep("Re-authenticate",
                        user() + " logs in again with the master password: the phone hands in its journal, "
                                + "then syncs the records afresh.",
                        this::reauthenticate, this::handedInCheck),
                new GuidedStep("The offline events in the audit history",
                        "In the console's audit history (user " + username + ", origin offline) the events made "
                                + "offline appear, marked offline, each exactly once.",
                        () -> { }, () -> offlineEvents.inAuditHistory(admin, username)),
                new GuidedStep("Put things back",
                        "The administrator removes the shortened limit: " + user() + " is back to what they had, "
                                + "and the demo can be played again (Restart).",
                        override::restore, override::restoredCheck)),
                this::undo);
    }

    /** Restart: the override as it was found, and the phone's clock back on real time (it ran days ahead). */
    private void undo() {
        override.undo();
        phone.qa().resetClock();
    }

    // ---- actions

    private void signInAndSync() {
        if (phone.snapshot().network() != NetworkMode.ONLINE) {
            phone.qa().setNetwork(NetworkMode.ONLINE);
        }
        switch (phone.snapshot().lifecycle()) {
            case UNPAIRED -> throw new IllegalStateException("This phone is not paired: pair it with "
                    + username + "'s code first");
            case PAIRED, WIPED -> phone.login(masterPassword);
            case LOCKED -> phone.unlockWithPassword(masterPassword);
            case UNLOCKED -> phone.sync();
        }
    }

    private void syncAgain() {
        openCache();
        phone.sync();
    }

    private void goOffline() {
        offlineEvents.wentOffline(phone.pendingAudit());
        phone.qa().setNetwork(NetworkMode.OFFLINE);
    }

    private void useRecordsOffline() throws Exception {
        openCache(); // the presenter may have paused past the auto-lock: an offline unlock is part of the story
        List<RecordDto> records = phone.records();
        if (records.size() < 2) {
            throw new IllegalStateException("The phone holds " + records.size() + " record(s); the story needs two");
        }
        // copy first and reveal last, so the phone ends showing a revealed password and the clipboard banner
        RecordDto first = records.get(0);
        RecordDto second = records.get(1);
        hands.open(first);
        hands.copy(first);
        hands.open(second);
        hands.reveal(second);
    }

    private void passExpiry() {
        phone.qa().advanceClock(PAST_EXPIRY);
    }

    private void backOnline() {
        phone.qa().setNetwork(NetworkMode.ONLINE);
    }

    private void reauthenticate() {
        phone.login(masterPassword);
    }

    /** An open cache for the next action: an online unlock re-authenticates, an offline one opens it locally. */
    private void openCache() {
        if (phone.snapshot().lifecycle() == Lifecycle.LOCKED) {
            phone.unlockWithPassword(masterPassword);
        }
    }

    // ---- checks

    private StepResult syncedCheck() {
        DeviceSnapshot s = phone.snapshot();
        return StepResult.when(s.lifecycle() == Lifecycle.UNLOCKED && s.records() > 0 && s.lastSync() != null,
                s.records() + " records in the offline cache; it wipes itself in " + days(s) + " without a sync",
                "expected an unlocked phone with records, saw " + describe(s));
    }

    private StepResult shortLeaseCheck() {
        DeviceSnapshot s = phone.snapshot();
        boolean shortened = s.policy() != null && s.policy().offlineCacheDays() == SHORT_OFFLINE_DAYS
                && s.leaseDaysLeft() != null && s.leaseDaysLeft() <= SHORT_OFFLINE_DAYS + 0.01;
        return StepResult.when(shortened, "the phone's policy says " + SHORT_OFFLINE_DAYS
                        + " offline day; the cache wipes itself in " + days(s),
                "expected a " + SHORT_OFFLINE_DAYS + "-day lease, saw " + describe(s));
    }

    private StepResult offlineCheck() {
        DeviceSnapshot s = phone.snapshot();
        return StepResult.when(s.network() == NetworkMode.OFFLINE && s.lifecycle() == Lifecycle.UNLOCKED,
                "offline, and the cache is still open: " + s.records() + " records",
                "expected an open cache offline, saw " + describe(s));
    }

    private StepResult journaledCheck() {
        offlineEvents.remember(phone.pendingAudit());
        Map<String, Long> byAction = offlineEvents.byAction();
        boolean used = byAction.getOrDefault(AuditActions.RECORD_VIEWED, 0L) >= 2
                && byAction.getOrDefault(AuditActions.PASSWORD_REVEALED, 0L) >= 1
                && byAction.getOrDefault(AuditActions.PASSWORD_COPIED, 0L) >= 1;
        String counts = OfflineEvents.counts(byAction);
        return StepResult.when(used, offlineEvents.size() + " events wait in the phone's journal (" + counts
                + "), none sent", "expected 2 views, a reveal and a copy in the journal, saw " + counts);
    }

    private StepResult wipedCheck() {
        DeviceSnapshot s = phone.snapshot();
        offlineEvents.remember(phone.pendingAudit());
        return StepResult.when(s.lifecycle() == Lifecycle.WIPED && s.wipeReason() == WipeReason.EXPIRED,
                "cache wiped (reason=expired); the journal still holds " + s.pendingAudit() + " events",
                "expected the cache wiped by expiry, saw " + describe(s));
    }

    private StepResult onlineCheck() {
        DeviceSnapshot s = phone.snapshot();
        return StepResult.when(s.network() == NetworkMode.ONLINE && s.lifecycle() == Lifecycle.WIPED
                        && s.pendingAudit() >= offlineEvents.size(),
                "online; the cache stays wiped and " + s.pendingAudit() + " events still wait",
                "expected online, wiped and the journal waiting, saw " + describe(s));
    }

    private StepResult handedInCheck() {
        DeviceSnapshot s = phone.snapshot();
        Set<String> pending = phone.pendingAudit().stream().map(AuditUploadEvent::id).collect(Collectors.toSet());
        boolean handedIn = offlineEvents.ids().stream().noneMatch(pending::contains);
        return StepResult.when(s.lifecycle() == Lifecycle.UNLOCKED && handedIn,
                "logged in again: " + s.records() + " records back, the " + offlineEvents.size()
                        + " offline events handed in",
                "expected an unlocked phone with its offline events handed in, saw " + describe(s)
                        + ", " + pending.size() + " events pending");
    }

    // ---- helpers

    private String user() {
        return username.replaceAll(".*\\\\", "");
    }

    private static String days(DeviceSnapshot s) {
        Double left = s.leaseDaysLeft();
        return left == null ? "(no lease)" : String.format(Locale.ROOT, "%.1f days", left);
    }

    private static String describe(DeviceSnapshot s) {
        return s.lifecycle() + (s.wipeReason() == null ? "" : " (" + s.wipeReason().code() + ")")
                + (s.lockReason() == null ? "" : " (" + s.lockReason() + ")") + ", " + s.network() + ", "
                + s.records() + " records" + (s.lastError() == null ? "" : ", last error " + s.lastError());
    }
}
