package com.roamvault.attack.races;

import com.roamvault.attack.Attack;
import com.roamvault.attack.AttackRow;
import com.roamvault.attack.AttackScale;
import com.roamvault.client.RoamvaultClientException;
import com.roamvault.protocol.mobile.LoginRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Races against the brute-force limits on two server processes sharing one PostgreSQL: bursts of
 * logins released at once, alternating servers, so every check-then-count that is not atomic in the
 * database lets guesses through. Each row's failures are the guesses evaluated beyond the limit
 * (counted in the audit log, where each evaluated guess is recorded) plus any unexpected answer.
 */
public final class LoginRaces implements Attack {
    static final String CATEGORY = "races";
    private static final String PASSWORD = "races-orbit-lantern-quartz-97";
    private static final int MAX_ATTEMPTS = 5;
    private static final int ADDRESS_LIMIT = 100;

    @Override
    public String category() {
        return CATEGORY;
    }

    @Override
    public List<AttackRow> run(AttackScale scale) throws Exception {
        int rounds = scale.count(1, 3);
        try (TwoServers servers = TwoServers.start()) {
            servers.admin().settings().updateGlobal(Map.of("bruteForceMaxAttempts", MAX_ATTEMPTS,
                    "addressMaxFailuresPerHour", 100_000));
            List<AttackRow> rows = new ArrayList<>();
            rows.add(rightAmongWrongAfterFour(servers, rounds));
            rows.add(parallelWrongGuesses(servers, rounds));
            rows.add(unknownUsersFromOneAddress(servers, rounds));
            return rows;
        }
    }

    private AttackRow rightAmongWrongAfterFour(TwoServers servers, int rounds) throws Exception {
        long beyond = 0;
        long odd = 0;
        List<LoginBurst.Tally> tallies = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            String user = newUser(servers);
            for (int i = 0; i < MAX_ATTEMPTS - 1; i++) {
                try {
                    servers.server(i).mobile().login(new LoginRequest(user, "wrong-" + i, null, "races", "android"));
                } catch (RoamvaultClientException expected) {
                    // invalid_credentials: the four failures before the burst
                }
            }
            long before = servers.evaluated(user);
            LoginBurst.Tally tally = LoginBurst.fire(servers, 30, i -> user, i -> i == 17 ? PASSWORD : "burst-" + i);
            beyond += Math.max(0, servers.evaluated(user) - before - 1);
            odd += tally.otherThan("200", "invalid_credentials", "account_locked");
            tallies.add(tally);
        }
        return AttackRow.of(CATEGORY, "30 logins at once after 4 wrong, 1 right, two servers", 30L * rounds,
                beyond + odd, "guesses evaluated beyond the 1 left: " + beyond + "; answers " + tallies);
    }

    private AttackRow parallelWrongGuesses(TwoServers servers, int rounds) throws Exception {
        long beyond = 0;
        long odd = 0;
        List<LoginBurst.Tally> tallies = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            String user = newUser(servers);
            LoginBurst.Tally tally = LoginBurst.fire(servers, 40, i -> user, i -> "wrong-" + i);
            beyond += Math.max(0, servers.evaluated(user) - MAX_ATTEMPTS);
            odd += tally.otherThan("invalid_credentials", "account_locked");
            tallies.add(tally);
        }
        return AttackRow.of(CATEGORY, "40 wrong guesses at once for one account, two servers", 40L * rounds,
                beyond + odd, "guesses evaluated beyond " + MAX_ATTEMPTS + ": " + beyond + "; answers " + tallies);
    }

    private AttackRow unknownUsersFromOneAddress(TwoServers servers, int rounds) throws Exception {
        servers.admin().settings().updateGlobal(Map.of("addressMaxFailuresPerHour", ADDRESS_LIMIT));
        long beyond = 0;
        long odd = 0;
        List<LoginBurst.Tally> tallies = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            servers.forgetAddressFailures();
            String prefix = "ghost-" + UUID.randomUUID().toString().substring(0, 8) + "-";
            LoginBurst.Tally tally = LoginBurst.fire(servers, 150, i -> prefix + i, i -> "guess-" + i);
            beyond += Math.max(0, servers.evaluated(prefix + "%") - ADDRESS_LIMIT);
            odd += tally.otherThan("invalid_credentials", "rate_limited");
            tallies.add(tally);
        }
        return AttackRow.of(CATEGORY, "150 unknown-user logins at once from one address, limit "
                + ADDRESS_LIMIT + "/h, two servers", 150L * rounds, beyond + odd,
                "failures evaluated beyond " + ADDRESS_LIMIT + ": " + beyond + "; answers " + tallies);
    }

    private static String newUser(TwoServers servers) throws RoamvaultClientException {
        String username = "racer-" + UUID.randomUUID().toString().substring(0, 8);
        servers.admin().users().create(username, PASSWORD);
        return username;
    }
}
