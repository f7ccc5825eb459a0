package com.roamvault.device.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.roamvault.device.scenario.AdminApi;
import com.roamvault.device.scenario.ScenarioException;
import com.roamvault.protocol.Paths;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
    private static final int USERS_PAGE = 500;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final AdminApi admin;
    private final int threads;

    /** @param threads parallel admin calls (the server hashes each new password: a few suffice) */
    public FleetSetup(AdminApi admin, int threads) {
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
        int recordCount = admin.get(Paths.adminListRecords(listId)).get("records").size();
        Map<String, JsonNode> existing = existingUsers();
        AtomicInteger created = new AtomicInteger();
        List<FleetAccount> accounts = inParallel(devices, i -> account(i, existing.get(key(USER_PREFIX + i)), created));
        grantAll(listId, accounts);
        return new Prepared(accounts, listId, recordCount, created.get(), devices - created.get(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private long listWithRecords(int records) {
        Long found = admin.listId(LIST_NAME);
        long listId = found != null ? found : admin.createList(LIST_NAME);
        int have = admin.get(Paths.adminListRecords(listId)).get("records").size();
        inParallel(Math.max(0, records - have), i -> admin.addRecord(listId, Map.of(
                "title", "fleet-host-" + (have + i), "username", "svc-fleet", "password", password(),
                "url", "https://fleet-host-" + (have + i) + ".corp.example", "notes", "made by the fleet benchmark")));
        return listId;
    }

    private FleetAccount account(int index, JsonNode existing, AtomicInteger created) {
        String username = USER_PREFIX + index;
        String password = password();
        long id;
        if (existing == null) {
            id = admin.createUser(username, password);
            created.incrementAndGet();
        } else {
            id = existing.get("id").asLong();
            admin.resetMasterPassword(id, password);
            if (existing.path("locked").asBoolean(false)) {
                admin.unlockUser(id);
            }
            if (!existing.path("mobileAccess").asBoolean(true)) {
                admin.setMobileAccess(id, true);
            }
        }
        return new FleetAccount(index, username, id, password, admin.pairingCode(id));
    }

    /** The fleet users already on the server, by lower-cased username. */
    private Map<String, JsonNode> existingUsers() {
        Map<String, JsonNode> users = new HashMap<>();
        String query = URLEncoder.encode(USER_PREFIX, StandardCharsets.UTF_8);
        for (int offset = 0; ; offset += USERS_PAGE) {
            JsonNode page = admin.get(Paths.ADMIN_USERS + "?limit=" + USERS_PAGE + "&offset=" + offset + "&query=" + query);
            page.get("users").forEach(u -> users.put(key(u.get("username").asText()), u));
            if (page.get("users").size() < USERS_PAGE) {
                return users;
            }
        }
    }

    /** One call: the list's other grants are kept, each fleet user gets view + Mobile Access. */
    private void grantAll(long listId, List<FleetAccount> accounts) {
        Set<Long> fleet = new HashSet<>();
        accounts.forEach(a -> fleet.add(a.userId()));
        ArrayNode permissions = JsonNodeFactory.instance.arrayNode();
        for (JsonNode p : admin.get(Paths.adminListPermissions(listId)).get("permissions")) {
            if (!p.hasNonNull("userId") || !fleet.contains(p.get("userId").asLong())) {
                permissions.add(p);
            }
        }
        for (FleetAccount a : accounts) {
            ObjectNode grant = permissions.addObject();
            grant.put("userId", a.userId()).put("level", "view").put("mobileAccess", true);
        }
        admin.put(Paths.adminListPermissions(listId), Map.of("permissions", permissions));
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
