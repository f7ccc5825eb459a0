package com.roamvault.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.policy.MobileOption;
import com.roamvault.protocol.policy.MobileSettingsPatch;
import com.roamvault.server.password.PasswordHashes;
import com.roamvault.server.password.PasswordHasher;
import com.roamvault.server.support.AuditRows;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.Phone;
import com.roamvault.server.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The brute-force limits under parallel pressure: every burst is released at once by a latch, and
 * exactly the allowance is evaluated (counted from the audit log, which records each evaluated
 * guess), however the requests interleave. Its own server: the address counters are the test's.
 */
class LoginRacesApiTest {
    static final String PASSWORD = "orbit-lantern-quartz-97";
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @BeforeEach
    void freshLimits() {
        server.server().wiring().db().txRun(sql -> {
            server.server().wiring().policies().updateSettings(sql, MobileSettingsPatch.of(Map.of(
                    MobileOption.BRUTE_FORCE_MAX_ATTEMPTS, 5,
                    MobileOption.ADDRESS_MAX_FAILURES_PER_HOUR, 100_000,
                    MobileOption.TRUSTED_NETWORKS, List.of())));
            sql.update("DELETE FROM login_address_failures");
        });
    }

    @Test
    void thirtyAtOnceAfterFourWrongEvaluateExactlyTheOneRemainingGuess() throws Exception {
        // A production-cost hash: the one evaluated check outlasts the burst's arrival, so a right
        // password that wins the claim cannot clear the series before the burst has landed.
        String user = userWithHash(new PasswordHasher(PasswordHasher.OWASP));
        for (int i = 0; i < 4; i++) {
            assertThat(Phone.loginReply(server, user, "wrong-" + i, null).error()).isEqualTo("invalid_credentials");
        }
        int evaluatedBefore = evaluated(user);

        List<Http.Reply> replies = burst(30, i -> i == 17 ? PASSWORD : "wrong-burst-" + i, i -> user);

        assertThat(evaluated(user) - evaluatedBefore).isEqualTo(1);
        long ok = replies.stream().filter(r -> r.status() == 200).count();
        long wrong = replies.stream().filter(r -> r.status() == 401).count();
        long lockedByTheGuess = AuditRows.of(server, AuditActions.ACCOUNT_LOCKED, user).size();
        assertThat(ok + wrong + lockedByTheGuess).isEqualTo(1);
        assertThat(wrong).isZero();
        assertThat(replies.stream().filter(r -> r.status() != 200)).hasSize(30 - (int) ok)
                .allSatisfy(r -> assertThat(r.error()).isEqualTo("account_locked"));
    }

    @Test
    void fortyParallelWrongGuessesEvaluateExactlyFive() throws Exception {
        String user = userWithHash(server.server().wiring().hasher());

        List<Http.Reply> replies = burst(40, i -> "wrong-" + i, i -> user);

        assertThat(evaluated(user)).isEqualTo(5);
        assertThat(answers(replies)).isEqualTo(Map.of("invalid_credentials", 4L, "account_locked", 36L));
        assertThat(AuditRows.of(server, AuditActions.ACCOUNT_LOCKED, user)).hasSize(1);
        assertThat(Phone.loginReply(server, user, PASSWORD, null).error()).isEqualTo("account_locked");
    }

    @Test
    void oneHundredFiftyUnknownUsersFromOneAddressEvaluateExactlyTheHourlyHundred() throws Exception {
        setAddressLimit(100);
        String prefix = "ghost-" + java.util.UUID.randomUUID().toString().substring(0, 8);

        List<Http.Reply> replies = burst(150, i -> "guess-" + i, i -> prefix + "-" + i);

        assertThat(replies.stream().filter(r -> r.status() == 401)).hasSize(100)
                .allSatisfy(r -> assertThat(r.error()).isEqualTo("invalid_credentials"));
        assertThat(replies.stream().filter(r -> r.status() == 429)).hasSize(50)
                .allSatisfy(r -> assertThat(r.error()).isEqualTo("rate_limited"));
        assertThat(AuditRows.where(server, "action = ? AND username LIKE ?", AuditActions.LOGIN_FAILED, prefix + "-%"))
                .hasSize(100);
    }

    @Test
    void aRightPasswordGivesItsAddressSlotBack() {
        setAddressLimit(2);
        String user = userWithHash(server.server().wiring().hasher());
        for (int i = 0; i < 5; i++) {
            assertThat(Phone.loginReply(server, user, PASSWORD, null).status()).isEqualTo(200);
        }
        assertThat(Phone.loginReply(server, Phone.uniqueUser("ghost"), "guess", null).status()).isEqualTo(401);
        assertThat(Phone.loginReply(server, Phone.uniqueUser("ghost"), "guess", null).status()).isEqualTo(401);
        assertThat(Phone.loginReply(server, user, PASSWORD, null).error()).isEqualTo("rate_limited");
    }

    @Test
    void claimsOfCrashedRequestsCountAsFailuresAndLockOnlyForTheLockout() {
        String user = userWithHash(server.server().wiring().hasher());
        long id = server.server().wiring().db().read(sql -> sql.count("SELECT id FROM users WHERE username = ?", user));
        AccountClaims claims = new AccountClaims(server.server().wiring().db());
        // four requests that claimed an attempt and died before their password check ended
        for (int i = 0; i < 4; i++) {
            assertThat(claims.claim(id, 5, 15, server.clock().millis())).isInstanceOf(AccountClaims.Claim.class);
        }
        assertThat(Phone.loginReply(server, user, "wrong-after-crashes", null).error()).isEqualTo("account_locked");

        server.clock().advance(java.time.Duration.ofMinutes(16));
        assertThat(claims.claim(id, 5, 15, server.clock().millis())).isInstanceOf(AccountClaims.Claim.class);
        assertThat(Phone.loginReply(server, user, PASSWORD, null).status()).isEqualTo(200);
        long failures = server.server().wiring().db().read(sql -> sql.count(
                "SELECT failed_logins FROM users WHERE id = ?", id));
        assertThat(failures).as("the right password cleared the series").isZero();
    }

    private static void setAddressLimit(int failures) {
        server.server().wiring().db().txRun(sql -> server.server().wiring().policies().updateSettings(sql,
                MobileSettingsPatch.of(Map.of(MobileOption.ADDRESS_MAX_FAILURES_PER_HOUR, failures))));
    }

    /** Guesses the server evaluated for a user: each one is audited as a failure with invalid credentials, or a success. */
    private static int evaluated(String user) {
        return (int) AuditRows.of(server, AuditActions.LOGIN_FAILED, user).stream()
                .filter(r -> r.detail().equals("reason=invalid_credentials")).count()
                + AuditRows.of(server, AuditActions.LOGIN_SUCCEEDED, user).size();
    }

    private static String userWithHash(PasswordHasher hasher) {
        String username = Phone.uniqueUser("racer");
        String hash = hasher.hash(PASSWORD);
        server.server().wiring().db().txRun(sql -> {
            long id = sql.insert("INSERT INTO users (username, username_key, display_name, created_at) VALUES (?, ?, ?, ?)",
                    username, LoginService.key(username), username, server.clock().millis());
            PasswordHashes.store(sql, id, hash);
        });
        return username;
    }

    /** How many of each error code came back; an unexpected answer shows in the failure with its status. */
    static Map<String, Long> answers(List<Http.Reply> replies) {
        return replies.stream().collect(java.util.stream.Collectors.groupingBy(
                r -> r.status() < 300 ? "ok" : r.error() == null ? r.status() + " " + r : r.error(),
                java.util.stream.Collectors.counting()));
    }

    /** n mobile logins released together, each on its own thread; the replies in request order. */
    static List<Http.Reply> burst(int n, IntFunction<String> password, IntFunction<String> username) throws Exception {
        Http client = server.client();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Http.Reply>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                Callable<Http.Reply> call = () -> {
                    go.await();
                    return Phone.loginReply(client, username.apply(k), password.apply(k), null);
                };
                calls.add(pool.submit(call));
            }
            go.countDown();
            List<Http.Reply> replies = new ArrayList<>();
            for (Future<Http.Reply> call : calls) {
                replies.add(call.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
