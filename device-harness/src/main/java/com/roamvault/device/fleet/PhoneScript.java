package com.roamvault.device.fleet;

import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.DeviceOptions;
import com.roamvault.device.engine.DeviceSnapshot;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.protocol.audit.AuditUploadEvent;
import com.roamvault.protocol.mobile.RecordDto;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One fleet phone's day: pair, log in (full sync), sync again (delta), go offline, view / reveal /
 * copy records, lock and unlock offline, stay offline for the pause, come back online, lock and unlock (re-authenticates,
 * hands in the journal, syncs), and a last sync. The first failing step ends the run and is kept.
 */
final class PhoneScript implements Callable<PhoneOutcome> {
    /** Per phone beyond its offline actions: lock + unlock offline, lock + unlock online. */
    static final int FIXED_EVENTS = 4;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final FleetAccount account;
    private final Path folder;
    private final DeviceOptions options;
    private final int offlineActions;
    private final Duration offlinePause;
    private final Random random;
    private Set<String> offlineIds = Set.of();
    private Set<String> knownIds = Set.of();

    PhoneScript(FleetAccount account, Path folder, DeviceOptions options, int offlineActions, long seed,
                Duration offlinePause) {
        this.account = account;
        this.folder = folder;
        this.options = options;
        this.offlineActions = offlineActions;
        this.offlinePause = offlinePause;
        // Each phone's choices depend on the seed and its number only, not on thread scheduling.
        this.random = new Random(seed * 1_000_003L + account.index());
    }

    @Override
    public PhoneOutcome call() {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long netStart = CallTimer.networkNanosOnThisThread();
        long start = System.nanoTime();
        PhoneError error = null;
        String deviceId = null;
        long uploaded = 0;
        Set<String> pending = Set.of();
        try (Device phone = Device.open(folder, options)) {
            try {
                play(phone);
            } catch (StepFailed failed) {
                error = failed.error;
            }
            DeviceSnapshot end = phone.snapshot();
            deviceId = end.deviceId();
            uploaded = end.uploadedAudit();
            pending = ids(phone.pendingAudit());
        } catch (RuntimeException e) {
            error = error != null ? error : failure("open or close the phone", e);
        }
        return new PhoneOutcome(account.phoneName(), account.username(), deviceId, offlineIds, knownIds, uploaded,
                pending, error, System.nanoTime() - start, CallTimer.networkNanosOnThisThread() - netStart,
                THREADS.getCurrentThreadCpuTime() - cpuStart);
    }

    private void play(Device phone) {
        String password = account.password();
        step("pair", () -> phone.pair(account.pairingCode()));
        step("login", () -> phone.login(password));
        step("sync", phone::sync);
        step("go offline", () -> phone.qa().setNetwork(NetworkMode.OFFLINE));
        List<RecordDto> records = step("read records", phone::records);
        if (records.isEmpty() && offlineActions > 0) {
            throw fail("offline actions", "no_records", "the phone received no records to act on");
        }
        for (int i = 0; i < offlineActions; i++) {
            long recordId = records.get(random.nextInt(records.size())).recordId();
            switch (random.nextInt(3)) {
                case 0 -> step("offline view", () -> phone.view(recordId));
                case 1 -> step("offline reveal", () -> phone.reveal(recordId));
                default -> step("offline copy", () -> phone.copy(recordId));
            }
        }
        step("lock offline", phone::lock);
        step("unlock offline", () -> phone.unlockWithPassword(password));
        offlineIds = ids(phone.pendingAudit());
        expectJournal("unlock offline", offlineIds.size(), offlineActions + 2);
        stayOffline();
        step("go online", () -> phone.qa().setNetwork(NetworkMode.ONLINE));
        step("lock online", phone::lock);
        knownIds = ids(phone.pendingAudit());
        step("unlock online", () -> phone.unlockWithPassword(password));
        DeviceSnapshot unlocked = phone.snapshot();
        if (unlocked.lastError() != null || unlocked.lifecycle() != Lifecycle.UNLOCKED) {
            // e.g. the server could not be reached and the phone quietly unlocked offline instead
            throw fail("unlock online", unlocked.lastError() != null ? unlocked.lastError() : "not_unlocked",
                    "the phone is " + unlocked.lifecycle() + " after unlocking online");
        }
        step("final sync", phone::sync);
        DeviceSnapshot end = phone.snapshot();
        if (end.pendingAudit() != 0) {
            throw fail("final sync", "journal_not_empty", end.pendingAudit() + " event(s) still in the journal");
        }
        expectJournal("final sync", end.uploadedAudit(), offlineActions + FIXED_EVENTS);
    }

    private void stayOffline() {
        try {
            Thread.sleep(offlinePause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail("stay offline", "interrupted", "the run was stopped during the offline pause");
        }
    }

    /** Every action journals exactly one event: a different count means the engine lost or added one. */
    private void expectJournal(String step, long actual, long expected) {
        if (actual != expected) {
            throw fail(step, "journal_count_mismatch", "the journal holds " + actual + " event(s), expected " + expected);
        }
    }

    private void step(String name, Runnable action) {
        step(name, () -> {
            action.run();
            return null;
        });
    }

    private <T> T step(String name, Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            throw new StepFailed(failure(name, e));
        }
    }

    private PhoneError failure(String step, RuntimeException e) {
        String code = e instanceof DeviceException d ? d.code() : e.getClass().getSimpleName();
        return new PhoneError(account.phoneName(), step, code, String.valueOf(e.getMessage()));
    }

    private StepFailed fail(String step, String code, String message) {
        return new StepFailed(new PhoneError(account.phoneName(), step, code, message));
    }

    private static Set<String> ids(List<AuditUploadEvent> events) {
        return events.stream().map(AuditUploadEvent::id).collect(Collectors.toUnmodifiableSet());
    }

    private static final class StepFailed extends RuntimeException {
        final PhoneError error;

        StepFailed(PhoneError error) {
            super(error.code(), null, false, false);
            this.error = error;
        }
    }
}
