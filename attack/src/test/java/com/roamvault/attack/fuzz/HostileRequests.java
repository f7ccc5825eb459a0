package com.roamvault.attack.fuzz;

import com.roamvault.attack.Attack;
import com.roamvault.attack.AttackRow;
import com.roamvault.attack.AttackScale;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.RawHttps;
import com.roamvault.server.support.TestServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Thousands of generated hostile requests against a real server (in-process, HTTPS, fresh H2 or PostgreSQL)
 * over every endpoint and method of API.md: bad JSON, deep nesting, huge bodies and headers, forged and
 * wrong-role tokens, traversal, unicode, method confusion, wrong content types, malformed HTTP. Checks:
 * no 5xx, every error API.md's JSON, nothing leaked, nothing answered without credentials, and the database
 * byte for byte unchanged by everything sent without valid credentials.
 */
public final class HostileRequests implements Attack {
    private static final String CATEGORY = "fuzz";
    /** A failed login legitimately writes LOGIN_FAILED to the audit log (and its chain head) and counts per address. */
    private static final List<String> FAILED_LOGIN_TABLES = List.of("audit_events", "audit_head", "login_address_failures");

    @Override
    public String category() {
        return CATEGORY;
    }

    @Override
    public List<AttackRow> run(AttackScale scale) throws Exception {
        int total = scale.count(1_800, 12_000);
        try (TestServer server = TestServer.start()) {
            RequestGenerator generator = new RequestGenerator(scale.random("fuzz"), credentials(server));
            RawRequests raws = new RawRequests(scale.random("fuzz-raw"));
            DataSource data = server.server().wiring().db().dataSource();
            Verdicts verdicts = new Verdicts();
            try (Sender sender = new Sender(server.client().okHttp(), server.server().url(), RawHttps.to(server))) {
                List<HostileRequest> withoutCredentials = new ArrayList<>(generator.unauthenticated(total * 35 / 100));
                withoutCredentials.addAll(raws.generate(total * 15 / 100));
                withoutCredentials.addAll(generator.wrongRole(total * 15 / 100));
                Collections.shuffle(withoutCredentials, new Random(scale.seed()));
                Map<String, String> before = TableChecksums.of(data);
                sender.sendAll(withoutCredentials, verdicts);
                List<String> changed = TableChecksums.changed(before, TableChecksums.of(data), List.of());

                sender.sendAll(generator.authenticated(total * 25 / 100), verdicts);

                Map<String, String> beforeLogins = TableChecksums.of(data);
                sender.sendAll(generator.logins(total * 10 / 100), verdicts);
                List<String> changedByLogins = TableChecksums.changed(beforeLogins, TableChecksums.of(data),
                        FAILED_LOGIN_TABLES);
                List<String> unrouted = unrouted(sender);
                return rows(verdicts, before.size(), changed, changedByLogins, unrouted, withoutCredentials.size());
            }
        }
    }

    private static RequestGenerator.Credentials credentials(TestServer server) {
        Fixtures f = new Fixtures(server);
        long user = f.user("CORP\\fuzz-phone", "fuzz-phone-lantern-quartz-97");
        long list = f.list("Fuzz list");
        long record = f.record(list, "fuzz-record", "fuzz-secret").id();
        f.grantUser(list, user, true);
        Http phone = server.client();
        Http.Reply login = phone.post("/api/mobile/v1/login", Map.of("username", "CORP\\fuzz-phone",
                "password", "fuzz-phone-lantern-quartz-97", "deviceName", "fuzz", "platform", "android"));
        if (login.status() != 200) {
            throw new IllegalStateException("The fuzz phone could not log in: " + login.status());
        }
        String deviceId = login.json().get("deviceId").asText();
        return new RequestGenerator.Credentials(server.admin().bearer(), login.json().get("accessToken").asText(),
                List.of(Long.toString(user), Long.toString(list), Long.toString(record), deviceId));
    }

    /** Endpoints of API.md the server does not route: the endpoint list has gone stale. */
    private static List<String> unrouted(Sender sender) {
        List<String> missing = new ArrayList<>();
        for (Endpoint e : Endpoint.ALL) {
            String id = e.path().contains("/devices/") ? "00000000-0000-0000-0000-000000000000" : "1";
            Answer answer = sender.send(HostileRequest.http("routing", "route exists", e.method(), e.with(id),
                    Map.of("Content-Type", "application/json"), e.takesBody() ? "{}".getBytes() : null));
            if (answer.status() == 404 && answer.body().contains("No such endpoint")) {
                missing.add(e.method() + " " + e.path());
            }
        }
        return missing;
    }

    private static List<AttackRow> rows(Verdicts v, int tables, List<String> changed, List<String> changedByLogins,
                                        List<String> unrouted, int withoutCredentials) {
        long total = v.total();
        return List.of(
                AttackRow.of(CATEGORY, "hostile requests answered 5xx", total, v.serverErrors.get(),
                        v.examples("sent per batch " + v.perBatch())),
                AttackRow.of(CATEGORY, "error answers not API.md's JSON (application/json)", total, v.notJson.get(),
                        v.notJson.get() == 0 ? "every 4xx: {error, message} or Passwordstate's shape" : v.examples("")),
                AttackRow.of(CATEGORY, "bodies showing a stack trace, Java class or SQL", total, v.leaks.get(),
                        v.leaks.get() == 0 ? "none, beyond echoes of what was sent" : v.examples("")),
                AttackRow.of(CATEGORY, "answered 2xx/3xx without valid credentials", withoutCredentials,
                        v.answeredWithoutCredentials.get(), v.answeredWithoutCredentials.get() == 0
                                ? "unauthenticated, forged, wrong-role and malformed requests all refused" : v.examples("")),
                AttackRow.of(CATEGORY, "tables changed by requests without valid credentials", tables, changed.size(),
                        changed.isEmpty() ? "SHA-256 of all " + tables + " tables identical after " + withoutCredentials
                                + " requests" : "changed: " + changed),
                AttackRow.of(CATEGORY, "tables changed by login fuzz beyond failed-login records", tables,
                        changedByLogins.size(), changedByLogins.isEmpty() ? "identical except " + FAILED_LOGIN_TABLES
                                : "changed: " + changedByLogins),
                AttackRow.of(CATEGORY, "API.md endpoints the server does not route", Endpoint.ALL.size(),
                        unrouted.stream().filter(e -> !Endpoint.NOT_YET_SERVED.contains(e)).count(),
                        unrouted.isEmpty() ? "all fuzzed endpoints exist" : "not routed: " + unrouted
                                + " (not yet served on this branch: " + Endpoint.NOT_YET_SERVED.size() + ")"));
    }
}
