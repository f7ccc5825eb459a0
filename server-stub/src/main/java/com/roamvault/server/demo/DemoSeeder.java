package com.roamvault.server.demo;

import com.roamvault.server.password.PasswordHashes;
import com.roamvault.protocol.policy.MobileOption;
import com.roamvault.protocol.policy.MobileOptions;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.audit.AuditEntry;
import com.roamvault.server.auth.LoginService;
import com.roamvault.server.password.PasswordHasher;
import com.roamvault.server.policy.PolicyService;
import com.roamvault.server.store.Database;
import com.roamvault.server.store.Sql;
import com.roamvault.server.vault.Grant;
import com.roamvault.server.vault.RecordFields;
import com.roamvault.server.vault.Vault;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Seeds the demo organisation on the first {@code --demo} start: nine staff (one contractor
 * without mobile access), four teams, eight lists (two without Mobile Access), ~300 records, and
 * Li Chen with a per-user override of 3 offline days, as a month of audited history before now (see
 * {@link DemoHistory}). Its passwords are documented: demo only.
 */
public final class DemoSeeder {
    public static final String DEMO_ADMIN_PASSWORD = "roamvault-demo-admin-2026";
    /** The user whose per-user override (offlineCacheDays 3) the demo shows. */
    public static final String OVERRIDE_USER = "CORP\\lchen";
    /** The day of the seeded month (0 = 29 days ago) the override was set. */
    private static final int OVERRIDE_DAY = 18;

    private static final String PASSWORD_ALPHABET =
            "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#$%&*+-=?@";
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final Database db;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final PolicyService policies;

    public DemoSeeder(Database db, Clock clock, PasswordHasher hasher, PolicyService policies) {
        this.db = db;
        this.clock = clock;
        this.hasher = hasher;
        this.policies = policies;
    }

    public void seedOnce() {
        boolean seeded = db.read(sql -> sql.count("SELECT COUNT(*) FROM users WHERE username_key = ?",
                LoginService.key(DemoOrganisation.PEOPLE.getFirst().username())) > 0);
        if (seeded) {
            return;
        }
        Map<String, String> hashes = DemoOrganisation.PEOPLE.stream().collect(Collectors.toMap(
                DemoOrganisation.Person::username, p -> hasher.hash(p.masterPassword())));
        Actor actor = new Actor(AuditEntry.ADMIN_CONSOLE, "admin", "127.0.0.1");
        db.txRun(sql -> seed(sql, hashes, actor));
    }

    /** Day by day through the month before now, in time order, so the history reads like a rollout. */
    private void seed(Sql sql, Map<String, String> hashes, Actor actor) throws SQLException {
        DemoHistory history = new DemoHistory(clock.instant(), actor);
        history.day(0);
        Map<String, Long> users = new HashMap<>();
        for (DemoOrganisation.Person p : DemoOrganisation.PEOPLE) {
            long id = sql.insert("INSERT INTO users (username, username_key, display_name, mobile_access, "
                            + "created_at) VALUES (?, ?, ?, ?, ?)", p.username(),
                    LoginService.key(p.username()), p.displayName(), p.mobileAccess(), history.clock().millis());
            PasswordHashes.store(sql, id, hashes.get(p.username()));
            users.put(p.username(), id);
            history.userCreated(sql, p);
        }
        Map<String, Long> teams = new HashMap<>();
        for (DemoOrganisation.Team t : DemoOrganisation.TEAMS) {
            long id = sql.insert("INSERT INTO security_groups (name) VALUES (?)", t.name());
            teams.put(t.name(), id);
            for (String member : t.members()) {
                sql.update("INSERT INTO group_members (group_id, user_id) VALUES (?, ?)", id, users.get(member));
            }
            history.teamCreated(sql, t);
        }
        SecureRandom random = new SecureRandom();
        Deque<PendingRecord> imports = new ArrayDeque<>();
        int list = 0;
        for (int day = 1; day < HistoryClock.DAYS; day++) {
            history.day(day);
            // a list every other day, then its records a dozen a day (fewer at weekends)
            if (day % 2 == 1 && list < DemoOrganisation.LISTS.size()) {
                createList(sql, history, DemoOrganisation.LISTS.get(list++), actor, users, teams, random, imports);
            }
            int batch = day % 7 == 5 || day % 7 == 6 ? 3 : 14;
            for (int i = 0; i < batch && !imports.isEmpty(); i++) {
                importRecord(sql, history, imports.removeFirst(), actor);
            }
            if (day == OVERRIDE_DAY) {
                history.next();
                policies.setOverrides(sql, users.get(OVERRIDE_USER),
                        MobileOptions.NONE.with(MobileOption.OFFLINE_CACHE_DAYS, 3));
                history.overrideSet(sql, OVERRIDE_USER, "offlineCacheDays inherit->3");
            }
        }
        while (!imports.isEmpty()) { // the last day's stragglers (none with today's lists)
            importRecord(sql, history, imports.removeFirst(), actor);
        }
    }

    /** A record waiting for its day of the import. */
    private record PendingRecord(long listId, RecordFields fields) {
    }

    private static void importRecord(Sql sql, DemoHistory history, PendingRecord r, Actor actor) throws SQLException {
        history.next();
        history.vault().createRecord(sql, r.listId(), r.fields(), actor);
    }

    /** The list and its grants now; its records queued for the days to come. */
    private static void createList(Sql sql, DemoHistory history, DemoOrganisation.SharedList l, Actor actor,
                                   Map<String, Long> users, Map<String, Long> teams, SecureRandom random,
                                   Deque<PendingRecord> imports) throws SQLException {
        Vault vault = history.vault();
        history.next();
        long listId = vault.createList(sql, l.name(), l.description(), actor).id();
        List<Grant> grants = new ArrayList<>();
        l.teams().forEach(t -> grants.add(new Grant(null, teams.get(t), "view", l.mobile())));
        l.people().forEach(p -> grants.add(new Grant(users.get(p), null, "modify", l.mobile())));
        history.next();
        vault.setGrants(sql, listId, grants, actor);
        for (int i = 1; i <= l.records(); i++) {
            String host = String.format(l.hostPattern(), i);
            RecordFields fields = new RecordFields(host, i % 3 == 0 ? "svc-backup" : "admin", password(random),
                    "https://" + host + ".corp.example", "Rotated quarterly", "corp.example",
                    l.name() + " credential", host + ".corp.example", i % 4 == 1 ? otpUri(host, random) : null);
            imports.addLast(new PendingRecord(listId, fields));
        }
    }

    /** A quarter of the demo records carry a one-time code secret (a fresh 160-bit one), as a phone's OTP page shows. */
    private static String otpUri(String host, SecureRandom random) {
        StringBuilder secret = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            secret.append(BASE32.charAt(random.nextInt(BASE32.length())));
        }
        return "otpauth://totp/Corp:" + host + "?secret=" + secret + "&issuer=Corp&digits=6&period=30&algorithm=SHA1";
    }

    private static String password(SecureRandom random) {
        StringBuilder sb = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

    /** One line per demo user for the start banner: username / master password. */
    public static String describeUsers() {
        return DemoOrganisation.PEOPLE.stream()
                .map(p -> p.username() + " / " + p.masterPassword() + (p.mobileAccess() ? "" : " (no mobile access)"))
                .collect(Collectors.joining("\n                   "));
    }

    public static List<String> usernames() {
        return DemoOrganisation.PEOPLE.stream().map(DemoOrganisation.Person::username).toList();
    }

    /** The documented demo master password of a demo user. */
    public static String masterPasswordOf(String username) {
        return DemoOrganisation.PEOPLE.stream().filter(p -> p.username().equalsIgnoreCase(username))
                .map(DemoOrganisation.Person::masterPassword).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a demo user: " + username));
    }
}
