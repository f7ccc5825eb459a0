package com.roamvault.attack.crashes;

import com.roamvault.attack.Attack;
import com.roamvault.attack.AttackRow;
import com.roamvault.attack.AttackScale;
import com.roamvault.device.engine.storage.Leftovers;
import com.roamvault.device.support.Lab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A phone process (syncing, journaling, locking and unlocking against the real server) killed with
 * SIGKILL at random points and started again each time. After every kill the folder must open,
 * the cache as the old or the new version (its edit queue included), with no event it reported durable lost and no temp
 * file left after the open. A failure is a kill after which one of those did not hold.
 */
public final class PhoneCrashes implements Attack {
    private static final int RECORDS = 4;

    @Override
    public String category() {
        return "crashes";
    }

    @Override
    public List<AttackRow> run(AttackScale scale) throws Exception {
        Random random = scale.random("crashes");
        int kills = scale.count(12, 200);
        Path folder = Files.createTempDirectory("rv-crash-phone");
        Path log = Files.createTempFile("rv-crash-phone", ".log");
        List<String> failures = new ArrayList<>();
        int leftBehind = 0;
        int killedBeforeReady = 0;
        int durableTotal = 0;
        long start = System.nanoTime();
        long readyMillis = 0;
        long warmTotal = 0;
        int warmRuns = 0;
        int readyRuns = 0;
        int editsApplied = 0;
        try (Lab lab = new Lab()) {
            Lab.TestUser user = lab.user(RECORDS);
            CrashCheck.allowOfflineEdits(lab, user);
            PhoneProcess next = PhoneProcess.spawn(folder, log);
            for (int kill = 0; kill < kills; kill++) {
                PhoneProcess phone = next;
                long started = System.nanoTime();
                phone.go(user.pairingCode(), user.password());
                boolean early = random.nextInt(5) == 0;
                if (early) {
                    Thread.sleep(random.nextInt(1200));
                    killedBeforeReady++;
                } else if (phone.awaitReady(60)) {
                    readyMillis += (System.nanoTime() - started) / 1_000_000;
                    readyRuns++;
                    Thread.sleep(random.nextInt(400));
                } else if (phone.error() != null) {
                    failures.add("kill " + kill + ": the phone did not start again (" + phone.error() + ")");
                }
                if (!phone.alive()) {
                    failures.add("kill " + kill + ": the phone process had died by itself (see " + log + ")");
                }
                phone.kill();
                next = PhoneProcess.spawn(folder, log);
                durableTotal += phone.durable().size();
                if (phone.warmMillis() >= 0) {
                    warmTotal += phone.warmMillis();
                    warmRuns++;
                }
                if (!Leftovers.in(folder).isEmpty()) {
                    leftBehind++;
                }
                String broken = CrashCheck.after(lab, user, RECORDS, folder, phone.durable());
                if (broken != null) {
                    failures.add("kill " + kill + ": " + broken);
                }
            }
            next.kill();
            editsApplied = lab.audit(user.username(), "RECORD_UPDATED", null).size();
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        String detail = failures.isEmpty()
                ? String.format("%d kills left temp files, all shredded at the next open; %,d events reported "
                        + "durable, none lost; %d queued edits applied; %d kills during start-up; JVM start %d ms "
                        + "(ahead of time), then %d ms to open and log in; %d s",
                        leftBehind, durableTotal, editsApplied, killedBeforeReady, warmRuns == 0 ? 0 : warmTotal / warmRuns,
                        readyRuns == 0 ? 0 : readyMillis / readyRuns, seconds)
                : failures.size() + " kills broke something, first: " + failures.getFirst() + " (log " + log + ")";
        return List.of(AttackRow.of(category(), "SIGKILL a syncing, journaling phone and open it again", kills,
                failures.size(), detail));
    }
}
