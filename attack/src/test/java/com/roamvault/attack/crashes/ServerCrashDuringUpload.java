package com.roamvault.attack.crashes;

import com.roamvault.attack.Attack;
import com.roamvault.attack.AttackRow;
import com.roamvault.attack.AttackScale;
import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.client.admin.AuditFilter;
import com.roamvault.protocol.admin.UserCreate;
import com.roamvault.protocol.audit.AuditEvent;
import com.roamvault.protocol.audit.AuditVerifyResult;
import com.roamvault.protocol.mobile.LoginRequest;
import com.roamvault.server.support.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A server process on its embedded H2 data folder is killed with SIGKILL while several phones upload their
 * offline audit journals, then started again on the same data; the phones send again what was not
 * acknowledged. Afterwards every event is stored exactly once, the hash chain verifies and the sequence has
 * no gaps.
 */
public final class ServerCrashDuringUpload implements Attack {
    private static final String CATEGORY = "crashes";
    private static final String ADMIN_PASSWORD = "crash-admin-lantern-quartz-97";
    private static final String MASTER_PASSWORD = "crash-phone-lantern-quartz-97";
    private static final int PHONES = 3;
    private static final java.util.concurrent.atomic.AtomicReference<String> LAST_STUCK =
            new java.util.concurrent.atomic.AtomicReference<>("none");

    @Override
    public String category() {
        return CATEGORY;
    }

    @Override
    public List<AttackRow> run(AttackScale scale) throws Exception {
        int rounds = scale.count(3, 20);
        int eventsPerRound = scale.count(150, 300);
        Random random = scale.random("crashes-server-upload");
        Path data = Files.createTempDirectory("roamvault-crash-upload");
        ServerProcess server = start(data);
        try {
            List<UploadingPhone> phones = phones(RoamvaultClient.connect(server.url(), server.pin()));
            int killedMidUpload = 0;
            int stuckRounds = 0;
            for (int round = 1; round <= rounds && stuckRounds == 0; round++) {
                for (UploadingPhone phone : phones) {
                    phone.recordOffline(eventsPerRound, random, round);
                }
                killedMidUpload += uploadAndKill(server, phones, random) ? 1 : 0;
                server = start(data);
                RoamvaultClient again = RoamvaultClient.connect(server.url(), server.pin());
                boolean stuck = false;
                for (UploadingPhone phone : phones) {
                    stuck = stuck || !retryUntilSent(phone, again);
                }
                stuckRounds += stuck ? 1 : 0;
            }
            if (stuckRounds > 0) { // one more restart, so the journals left on the phones are counted, not guessed
                server.kill();
                server = start(data);
                RoamvaultClient last = RoamvaultClient.connect(server.url(), server.pin());
                for (UploadingPhone phone : phones) {
                    retryUntilSent(phone, last);
                }
            }
            if (killedMidUpload == 0) {
                throw new IllegalStateException("No kill landed while uploads were in flight");
            }
            return check(RoamvaultClient.connect(server.url(), server.pin()), phones, rounds, killedMidUpload,
                    stuckRounds, phones.stream().mapToInt(p -> p.recorded().size()).sum());
        } finally {
            server.close();
        }
    }

    /**
     * The phone tries again a few times, as it would at its next sync, until its journal is empty; false when
     * the restarted server never took it (a defence that failed: reported, and the rounds stop there).
     */
    private static boolean retryUntilSent(UploadingPhone phone, RoamvaultClient client) throws InterruptedException {
        for (int attempt = 1; !phone.upload(client, new AtomicInteger()); attempt++) {
            if (attempt == 3) {
                LAST_STUCK.set(phone.lastFailure());
                return false;
            }
            Thread.sleep(1_000L * attempt);
        }
        return true;
    }

    private static ServerProcess start(Path data) throws java.io.IOException {
        return ServerProcess.start("--data", data.toString(), "--port", "0", "--admin-password", ADMIN_PASSWORD);
    }

    private static List<UploadingPhone> phones(RoamvaultClient client) throws Exception {
        AdminClient admin = client.admin().loggedInAs("admin", ADMIN_PASSWORD);
        List<UploadingPhone> phones = new ArrayList<>();
        for (int i = 0; i < PHONES; i++) {
            String username = "CORP\\crash-phone-" + i;
            admin.users().create(new UserCreate(username, "Crash phone " + i, MASTER_PASSWORD, false, true, true));
            String token = client.mobile().login(new LoginRequest(username, MASTER_PASSWORD, null, "crash-" + i,
                    "android")).accessToken();
            phones.add(new UploadingPhone(token));
        }
        return phones;
    }

    /** Starts every phone's upload and SIGKILLs the server after a random number of acknowledged batches. */
    private static boolean uploadAndKill(ServerProcess server, List<UploadingPhone> phones, Random random)
            throws Exception {
        RoamvaultClient client = RoamvaultClient.connect(server.url(), server.pin());
        int batches = phones.stream().mapToInt(UploadingPhone::pendingCount).sum() / 25;
        int killAfter = 1 + random.nextInt(Math.max(1, batches / 2));
        AtomicInteger acked = new AtomicInteger();
        List<Thread> uploads = phones.stream()
                .map(p -> Thread.ofPlatform().start(() -> p.upload(client, acked))).toList();
        while (acked.get() < killAfter && uploads.stream().anyMatch(Thread::isAlive)) {
            Thread.sleep(1);
        }
        boolean midUpload = phones.stream().anyMatch(p -> p.pendingCount() > 0);
        server.kill();
        for (Thread t : uploads) {
            t.join(60_000);
        }
        return midUpload;
    }

    private static List<AttackRow> check(RoamvaultClient client, List<UploadingPhone> phones, int rounds,
                                         int killedMidUpload, int stuckRounds, int events) throws Exception {
        AdminClient admin = client.admin().loggedInAs("admin", ADMIN_PASSWORD);
        List<AuditEvent> stored = admin.audit().all(AuditFilter.ALL);
        AuditVerifyResult verify = admin.audit().verify();
        Map<String, Long> copies = stored.stream().collect(Collectors.groupingBy(AuditEvent::id, Collectors.counting()));
        Set<String> recorded = new HashSet<>();
        Set<String> stillOnPhones = new HashSet<>();
        phones.forEach(p -> {
            recorded.addAll(p.recorded());
            stillOnPhones.addAll(p.pendingIds());
        });
        long lost = recorded.stream().filter(id -> !copies.containsKey(id) && !stillOnPhones.contains(id)).count();
        long doubled = recorded.stream().mapToLong(id -> Math.max(0, copies.getOrDefault(id, 0L) - 1)).sum();
        List<Long> seqs = stored.stream().map(AuditEvent::seq).sorted().toList();
        long gaps = seqs.isEmpty() || seqs.get(0) != 1 ? 1 : 0;
        for (int i = 1; i < seqs.size(); i++) {
            gaps += seqs.get(i) == seqs.get(i - 1) + 1 ? 0 : 1;
        }
        String crashes = rounds + " SIGKILLs (" + killedMidUpload + " mid-upload), " + PHONES + " phones";
        return List.of(
                AttackRow.of(CATEGORY, "server killed during upload: restarted server stopped taking uploads", rounds,
                        stuckRounds, stuckRounds == 0 ? "every restart took every phone's journal"
                                : "rounds stopped; " + stillOnPhones.size() + " events left on phones: " + LAST_STUCK.get()),
                AttackRow.of(CATEGORY, "server killed during upload: events lost", events, lost,
                        crashes + ", " + recorded.size() + " events recorded offline"),
                AttackRow.of(CATEGORY, "server killed during upload: events doubled", events, doubled,
                        stored.size() + " events stored in all (server events included)"),
                AttackRow.of(CATEGORY, "server killed during upload: hash chain breaks", rounds, verify.ok() ? 0 : 1,
                        verify.ok() ? "verify ok, " + verify.checked() + " events checked"
                                : "first bad seq " + verify.firstBadSeq()),
                AttackRow.of(CATEGORY, "server killed during upload: sequence gaps", seqs.size(), gaps,
                        seqs.isEmpty() ? "no events" : "seq " + seqs.get(0) + ".." + seqs.get(seqs.size() - 1)));
    }
}
