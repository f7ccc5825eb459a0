package com.roamvault.device.fleet;

import com.roamvault.client.admin.AdminClient;
import com.roamvault.client.admin.ListsApi;
import com.roamvault.device.scenario.AdminCall;
import com.roamvault.device.scenario.ScenarioException;
import com.roamvault.protocol.admin.ListDetail;
import com.roamvault.protocol.admin.Permission;
import com.roamvault.protocol.admin.RecordRequest;
import com.roamvault.protocol.admin.UserSummary;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prepares the server for a fleet through the admin API: one list "Fleet list" with enough
 * records, and users {@code FLEET\phone-<i>} (created, or given a fresh master password when
 * they exist) with view + Mobile Access on it. Not measured, but kept short: users are made a few
 * at a time (each costs the server an Argon2id hash) and all grants go in one call.
 */
public final class FleetSetup {
    public static final String LIST_NAME = "Fleet list";
    public static final String USER_PREFIX = "FLEET\\phone-";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final AdminClient admin;
    private final int threads;

    /** @param threads parallel admin calls (the server hashes each new password: a few suffice) */
    public FleetSetup(AdminClient admin, int threads) {
        this.admin = admin;
        this.threads = threads;
    }

    /** What setup made ready. */
    public record Prepared(List<FleetAccount> accounts, long listId, int records, int created, int reset,
                           Duration took) {
    }

    public Prepared prepare(int devices, int records) {
        long start = System.nanoTime();
        long listId = listWithRecords(records);
        int recordCount = recordCount(listId);
        Map<String, UserSummary> existing = existingUsers();
        AtomicInteger created = new AtomicInteger();
        List<FleetAccount> accounts = inParallel(devices, i -> account(i, existing.get(key(USER_PREFIX + i)), created));
        grantAll(listId, accounts);
        return new Prepared(accounts, listId, recordCount, created.get(), devices - created.get(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private long listWithRecords(int records) {
        java.util.Optional<ListDetail> found = AdminCall.run("list lookup", () -> admin.lists().find(LIST_NAME));
        long listId = found.isPresent() ? found.get().listId()
                : AdminCall.run("list creation", () -> admin.lists().create(LIST_NAME, "made by a scenario")).listId();
        int have = recordCount(listId);
        inParallel(Math.max(0, records - have), i -> AdminCall.run("record creation", () -> admin.records().create(
                listId, new RecordRequest("fleet-host-" + (have + i), "svc-fleet", password(),
                        "https://fleet-host-" + (have + i) + ".corp.example", "made by the fleet benchmark", null,
                        null, null))));
        return listId;
    }

    private int recordCount(long listId) {
        return AdminCall.run("records", () -> admin.records().ofList(listId)).size();
    }

    private FleetAccount account(int index, UserSummary existing, AtomicInteger created) {
        String username = USER_PREFIX + index;
        String password = password();
        long id;
        if (existing == null) {
            id = AdminCall.run("user creation", () -> admin.users().create(username, password)).id();
            created.incrementAndGet();
        } else {
            id = existing.id();
            AdminCall.run("master password reset", () -> admin.users().resetMasterPassword(id, password));
            if (existing.locked()) {
                AdminCall.run("unlock", () -> admin.users().unlock(id));
            }
            if (!existing.mobileAccess()) {
                AdminCall.run("mobile access", () -> admin.users().setMobileAccess(id, true));
            }
        }
        String pairing = AdminCall.run("pairing code", () -> admin.users().pairingCode(id)).uri();
        return new FleetAccount(index, username, id, password, pairing);
    }

    /** The fleet users already on the server, by lower-cased username. */
    private Map<String, UserSummary> existingUsers() {
        Map<String, UserSummary> users = new HashMap<>();
        AdminCall.run("users", () -> admin.users().all(USER_PREFIX)).forEach(u -> users.put(key(u.username()), u));
        return users;
    }

    /** One call: the list's other grants are kept, each fleet user gets view + Mobile Access. */
    private void grantAll(long listId, List<FleetAccount> accounts) {
        Set<Long> fleet = new HashSet<>();
        accounts.forEach(a -> fleet.add(a.userId()));
        List<Permission> permissions = new ArrayList<>();
        for (Permission p : AdminCall.run("permissions", () -> admin.lists().permissions(listId))) {
            if (p.userId() == null || !fleet.contains(p.userId())) {
                permissions.add(p);
            }
        }
        accounts.forEach(a -> permissions.add(ListsApi.mobileGrant(a.userId(), "view")));
        AdminCall.run("grants", () -> admin.lists().setPermissions(listId, permissions));
    }

    /** Runs {@code work(1..n)} on a few threads; the first failure stops setup. */
    private <T> List<T> inParallel(int n, IndexedWork<T> work) {
        if (n == 0) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n));
        try {
            List<Future<T>> futures = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                int index = i;
                futures.add(pool.submit(() -> work.run(index)));
            }
            List<T> results = new ArrayList<>(n);
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new ScenarioException("Fleet setup failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScenarioException("Fleet setup was interrupted");
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface IndexedWork<T> {
        T run(int index);
    }

    /** 24 random letters and digits: strong for any password policy, never printed. */
    private static String password() {
        char[] out = new char[24];
        for (int i = 0; i < out.length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
