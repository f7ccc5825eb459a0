package com.roamvault.server.audit;

import static com.roamvault.server.support.AuditEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.audit.AuditEvent;
import com.roamvault.protocol.audit.AuditPage;
import com.roamvault.server.ServerWiring;
import com.roamvault.server.support.AuditEvents;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditQueryApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static ServerWiring ctx;

    @BeforeAll
    static void start() {
        ctx = server.server().wiring();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String query(String... keyValues) {
        StringBuilder q = new StringBuilder("/api/admin/v1/audit?");
        for (int i = 0; i < keyValues.length; i += 2) {
            q.append(i == 0 ? "" : "&").append(keyValues[i]).append('=')
                    .append(URLEncoder.encode(keyValues[i + 1], StandardCharsets.UTF_8));
        }
        return q.toString();
    }

    static AuditPage page(String... keyValues) {
        Http.Reply reply = server.admin().get(query(keyValues));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.as(AuditPage.class);
    }

    static List<String> ids(List<AuditEvent> events) {
        return events.stream().map(AuditEvent::id).toList();
    }

    /** Newest first: the ids appended last come first. */
    static List<String> newestFirst(List<AuditEntry> entries) {
        return entries.reversed().stream().map(AuditEntry::id).toList();
    }

    static void assertAll(AuditPage page, Predicate<AuditEvent> matches) {
        assertThat(page.events()).isNotEmpty().allMatch(matches);
        assertSeqDescending(page.events());
    }

    static void assertSeqDescending(List<AuditEvent> events) {
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).seq()).isLessThan(events.get(i - 1).seq());
        }
    }

    @Test
    void userFilterIsExactAndIgnoresCase() {
        String name = unique("CORP\\Quinn");
        new Fixtures(server).user(name, null);
        Instant now = AuditEvents.now(server);
        List<AuditEntry> mine = List.of(event(name, AuditActions.RECORD_VIEWED, "MobileApp", "offline", now, "a"),
                event(name, AuditActions.PASSWORD_COPIED, "MobileApp", "online", now, "b"));
        AuditEvents.append(ctx, mine);
        AuditEvents.append(ctx, List.of(event(name + "x", AuditActions.RECORD_VIEWED, "MobileApp", "online", now, "c"),
                event("other", AuditActions.RECORD_VIEWED, "MobileApp", "online", now, "d")));

        AuditPage exact = page("user", name);
        AuditPage lower = page("user", name.toLowerCase());

        assertThat(ids(exact.events())).containsExactlyElementsOf(newestFirst(mine));
        assertThat(ids(lower.events())).containsExactlyElementsOf(newestFirst(mine));
        assertThat(exact.next()).isNull();
    }

    @Test
    void actionFilterAlone() {
        String user = unique("act");
        Instant now = AuditEvents.now(server);
        List<AuditEntry> wiped = List.of(event(user, AuditActions.CACHE_WIPED, "MobileApp", "offline", now, "reason=expired"),
                event(user, AuditActions.CACHE_WIPED, "MobileApp", "online", now, "reason=revoked"));
        AuditEvents.append(ctx, List.of(wiped.get(0), event(user, AuditActions.CACHE_LOCKED, "MobileApp", "online", now,
                null), wiped.get(1)));

        AuditPage page = page("action", AuditActions.CACHE_WIPED);

        assertAll(page, e -> e.action().equals(AuditActions.CACHE_WIPED));
        assertThat(ids(page.events()).subList(0, 2)).containsExactlyElementsOf(newestFirst(wiped));
    }

    @Test
    void platformFilterAlone() {
        String user = unique("plat");
        Instant now = AuditEvents.now(server);
        AuditEntry api = event(user, AuditActions.RECORD_UPDATED, "API", "online", now, null);
        AuditEvents.append(ctx, List.of(api, event(user, AuditActions.RECORD_UPDATED, "AdminConsole", "online", now, null)));

        AuditPage page = page("platform", "API");

        assertAll(page, e -> e.platform().equals("API"));
        assertThat(page.events().get(0).id()).isEqualTo(api.id());
    }

    @Test
    void originFilterAlone() {
        String user = unique("orig");
        Instant now = AuditEvents.now(server);
        AuditEntry offline = event(user, AuditActions.PASSWORD_REVEALED, "MobileApp", "offline", now, null);
        AuditEvents.append(ctx, List.of(offline, event(user, AuditActions.PASSWORD_REVEALED, "MobileApp", "online", now,
                null)));

        AuditPage page = page("origin", "offline");

        assertAll(page, e -> e.origin().equals("offline"));
        assertThat(page.events().get(0).id()).isEqualTo(offline.id());
    }

    @Test
    void fromAndToBoundOccurredAtInclusively() {
        String user = unique("time");
        // far in the past, where no other test writes: only this test's events lie there
        Instant base = Instant.parse("2001-02-03T04:05:06Z").plus(Duration.ofDays((long) (Math.random() * 3000)));
        List<AuditEntry> events = IntStream.range(0, 5).mapToObj(i -> event(user, AuditActions.CACHE_UNLOCKED,
                "MobileApp", "offline", base.plus(Duration.ofMinutes(i)), "method=master")).toList();
        AuditEvents.append(ctx, events);

        AuditPage both = page("from", base.plus(Duration.ofMinutes(1)).toString(),
                "to", base.plus(Duration.ofMinutes(3)).toString());
        AuditPage from = page("from", base.plus(Duration.ofMinutes(4)).toString(), "user", user);
        AuditPage to = page("to", base.plus(Duration.ofMinutes(1)).toString(), "user", user);
        AuditPage toAlone = page("to", base.plus(Duration.ofMinutes(1)).toString(), "limit", "1000");

        assertThat(ids(both.events())).containsExactlyElementsOf(newestFirst(events.subList(1, 4)));
        assertThat(ids(from.events())).containsExactly(events.get(4).id());
        assertThat(ids(to.events())).containsExactlyElementsOf(newestFirst(events.subList(0, 2)));
        assertThat(toAlone.events()).allMatch(e -> !e.occurredAt().isAfter(base.plus(Duration.ofMinutes(1))))
                .extracting(AuditEvent::id).contains(events.get(0).id(), events.get(1).id());
    }

    @Test
    void freeTextSearchesDetailTitleAndDeviceIgnoringCase() {
        String token = unique("Needle").toLowerCase();
        String device = UUID.randomUUID().toString();
        Instant now = AuditEvents.now(server);
        AuditEntry inDetail = event("u1", AuditActions.RECORD_VIEWED, "MobileApp", "online", now,
                "Found the " + token.toUpperCase() + " here");
        AuditEntry inTitle = AuditEvents.withTitleAndDevice(event("u2", AuditActions.RECORD_VIEWED, "MobileApp",
                "online", now, null), "core-sw " + token, null);
        AuditEntry onDevice = AuditEvents.withTitleAndDevice(event("u3", AuditActions.CACHE_SYNCED, "AppServer",
                "online", now, null), null, device);
        AuditEvents.append(ctx, List.of(inDetail, inTitle, onDevice,
                event("u4", AuditActions.RECORD_VIEWED, "MobileApp", "online", now, "nothing to see")));

        assertThat(ids(page("q", token).events())).containsExactly(inTitle.id(), inDetail.id());
        assertThat(ids(page("q", device.substring(4, 20).toUpperCase()).events())).containsExactly(onDevice.id());
    }

    @Test
    void freeTextWildcardsMatchThemselves() {
        String u = unique("wild");
        Instant now = AuditEvents.now(server);
        AuditEntry literal = event(u, AuditActions.RECORD_VIEWED, "MobileApp", "online", now, "rate 50%_" + u);
        AuditEvents.append(ctx, List.of(literal,
                event(u, AuditActions.RECORD_VIEWED, "MobileApp", "online", now, "rate 50ab" + u)));

        assertThat(ids(page("q", "50%_" + u).events())).containsExactly(literal.id());
        assertThat(page("q", "50!_" + u).events()).isEmpty();
    }

    @Test
    void everyFilterCombined() {
        String user = unique("combo");
        Instant at = AuditEvents.now(server).minus(Duration.ofHours(2));
        AuditEntry hit = event(user, AuditActions.PASSWORD_COPIED, "MobileApp", "offline", at, "clip " + user);
        List<AuditEntry> decoys = List.of(
                event(user, AuditActions.PASSWORD_REVEALED, "MobileApp", "offline", at, "clip " + user),
                event(user, AuditActions.PASSWORD_COPIED, "AppServer", "offline", at, "clip " + user),
                event(user, AuditActions.PASSWORD_COPIED, "MobileApp", "online", at, "clip " + user),
                event(user, AuditActions.PASSWORD_COPIED, "MobileApp", "offline", at.minus(Duration.ofDays(2)),
                        "clip " + user),
                event(user, AuditActions.PASSWORD_COPIED, "MobileApp", "offline", at, "other text"),
                event(user + "-2", AuditActions.PASSWORD_COPIED, "MobileApp", "offline", at, "clip " + user));
        List<AuditEntry> all = new ArrayList<>(decoys);
        all.add(2, hit);
        AuditEvents.append(ctx, all);

        AuditPage page = page("user", user, "action", AuditActions.PASSWORD_COPIED, "platform", "MobileApp",
                "origin", "offline", "from", at.minus(Duration.ofMinutes(1)).toString(),
                "to", at.plus(Duration.ofMinutes(1)).toString(), "q", "CLIP " + user.toUpperCase());

        assertThat(ids(page.events())).containsExactly(hit.id());
        assertThat(page.events().get(0)).satisfies(e -> {
            assertThat(e.username()).isEqualTo(user);
            assertThat(e.detail()).isEqualTo("clip " + user);
            assertThat(e.hash()).hasSize(64);
            assertThat(e.occurredAt()).isEqualTo(Instant.ofEpochMilli(at.toEpochMilli()));
        });
    }

    @Test
    void pagingWithNextVisitsEveryEventExactlyOnceNewestFirst() {
        String user = unique("pager");
        Instant now = AuditEvents.now(server);
        List<AuditEntry> events = IntStream.range(0, 250).mapToObj(i -> event(user, AuditActions.RECORD_VIEWED,
                "MobileApp", i % 2 == 0 ? "online" : "offline", now, "n=" + i)).toList();
        AuditEvents.append(ctx, events);

        List<AuditEvent> seen = new ArrayList<>();
        Long next = null;
        int pages = 0;
        do {
            AuditPage page = next == null ? page("user", user, "limit", "40")
                    : page("user", user, "limit", "40", "before", next.toString());
            assertThat(page.events()).hasSizeLessThanOrEqualTo(40);
            seen.addAll(page.events());
            next = page.next();
            pages++;
        } while (next != null);

        assertThat(pages).isEqualTo(7);
        assertThat(ids(seen)).containsExactlyElementsOf(newestFirst(events));
        assertSeqDescending(seen);
    }

    @Test
    void limitCutsThePageAndDefaultsTo100() {
        String user = unique("lim");
        Instant now = AuditEvents.now(server);
        AuditEvents.append(ctx, IntStream.range(0, 120).mapToObj(i -> event(user, AuditActions.RECORD_VIEWED,
                "MobileApp", "online", now, null)).toList());

        AuditPage two = page("user", user, "limit", "2");
        AuditPage byDefault = page("user", user);

        assertThat(two.events()).hasSize(2);
        assertThat(two.next()).isEqualTo(two.events().get(1).seq());
        assertThat(byDefault.events()).hasSize(100);
        assertThat(byDefault.next()).isNotNull();
        assertThat(page("user", user, "limit", "1000").events()).hasSize(120);
    }

    @Test
    void aRealFailedLoginIsInTheHistory() {
        String ghost = unique("ghost");
        server.client().post("/api/admin/v1/login", Map.of("username", ghost, "password", "wrong-password"));

        AuditPage page = page("user", ghost);

        assertThat(page.events()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditActions.LOGIN_FAILED);
            assertThat(e.platform()).isEqualTo("AdminConsole");
            assertThat(e.result()).isEqualTo("failure");
            assertThat(e.clientIp()).isNotBlank();
        });
    }

    /** However the planner chooses to drive a query, the page is the same (the SQL spellings differ). */
    @Test
    void everyDrivingIndexGivesTheSamePage() {
        String user = unique("drive");
        Instant base = AuditEvents.now(server).minus(Duration.ofDays(5));
        List<String> actions = List.of(AuditActions.RECORD_VIEWED, AuditActions.PASSWORD_COPIED, AuditActions.CACHE_SYNCED);
        List<String> platforms = List.of("MobileApp", "AppServer", "API");
        // occurredAt out of seq order now and then, as late uploads from phones are
        List<AuditEntry> events = IntStream.range(0, 300).mapToObj(i -> event(user, actions.get(i % 3),
                platforms.get(i % 7 % 3), i % 5 == 0 ? "offline" : "online",
                base.plus(Duration.ofMinutes(i % 11 == 0 ? i / 2 : i * 10L)), "n=" + i)).toList();
        AuditEvents.append(ctx, events);
        long middleSeq = page("user", user, "limit", "150").events().get(149).seq();
        Instant from = base.plus(Duration.ofMinutes(300));
        Instant to = base.plus(Duration.ofMinutes(2500));
        List<AuditFilter> filters = List.of(
                filter(user, null, null, null, null, null, null),
                filter(user, AuditActions.PASSWORD_COPIED, "MobileApp", null, null, null, null),
                filter(user, null, null, "offline", from, to, null),
                filter(user, AuditActions.CACHE_SYNCED, "API", "online", from, null, middleSeq),
                filter(user, null, "AppServer", null, null, to, middleSeq));
        for (AuditFilter f : filters) {
            List<String> drivers = new ArrayList<>(List.of(AuditPlanner.LOG, "username"));
            if (f.action() != null) {
                drivers.add("action");
            }
            if (f.platform() != null) {
                drivers.add("platform");
            }
            if (f.origin() != null) {
                drivers.add("origin");
            }
            if (f.from() != null || f.to() != null) {
                drivers.add(AuditPlanner.TIME);
            }
            List<List<String>> pages = drivers.stream().map(driver -> ctx.db().read(sql -> {
                AuditQuery.Statement st = AuditQuery.page(f, 1000, driver);
                return ids(sql.query(st.sql(), AuditRows::map, st.params()));
            })).toList();
            List<String> expected = events.reversed().stream().filter(e -> matches(f, e)).map(AuditEntry::id).toList();
            List<String> afterCursor = ids(page(f, user).events());

            assertThat(pages).as(f + " driven by " + drivers).allSatisfy(p -> assertThat(p).isEqualTo(pages.get(0)));
            assertThat(pages.get(0)).as(f.toString()).isNotEmpty().isEqualTo(afterCursor);
            if (f.before() == null) {
                assertThat(pages.get(0)).as(f.toString()).isEqualTo(expected);
            } else {
                assertThat(expected).as(f.toString()).containsSubsequence(pages.get(0));
            }
        }
    }

    static AuditFilter filter(String user, String action, String platform, String origin, Instant from, Instant to,
                              Long before) {
        return new AuditFilter(user, null, action, platform, origin, from, to, null, 1000, before);
    }

    static AuditPage page(AuditFilter f, String user) {
        return ctx.db().read(sql -> new AuditHistory().page(sql, f));
    }

    static boolean matches(AuditFilter f, AuditEntry e) {
        Instant at = Instant.ofEpochMilli(e.occurredAt().toEpochMilli());
        return (f.action() == null || f.action().equals(e.action()))
                && (f.platform() == null || f.platform().equals(e.platform()))
                && (f.origin() == null || f.origin().equals(e.origin()))
                && (f.from() == null || !at.isBefore(f.from())) && (f.to() == null || !at.isAfter(f.to()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "platform=Phone | platform",
            "origin=nowhere | origin",
            "from=yesterday | ISO-8601",
            "to=2025-13-01T00:00:00Z | ISO-8601",
            "from=2025-02-01T00:00:00Z&to=2025-01-01T00:00:00Z | from must not be after to",
            "limit=0 | limit",
            "limit=1001 | limit",
            "limit=ten | limit",
            "before=0 | before",
            "before=abc | before"})
    void badFilterValuesAreBadRequest(String params, String mentioned) {
        Set<Long> seqBefore = new HashSet<>(page("limit", "1").events().stream().map(AuditEvent::seq).toList());

        Http.Reply reply = server.admin().get("/api/admin/v1/audit?" + params);
        Http.Reply export = server.admin().get("/api/admin/v1/audit/export.csv?" + params);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("bad_request");
        assertThat(reply.json().get("message").asText()).contains(mentioned);
        assertThat(export.status()).isEqualTo(400);
        assertThat(export.error()).isEqualTo("bad_request");
        assertThat(page("limit", "1").events()).extracting(AuditEvent::seq).containsExactlyElementsOf(seqBefore);
    }

    @Test
    void onlySecurityAdministratorsMayReadTheHistory() {
        String token = AuditEvents.nonAdminToken(server, unique("clerk"));

        assertThat(server.client().get("/api/admin/v1/audit").status()).isEqualTo(401);
        assertThat(server.client().get("/api/admin/v1/audit").error()).isEqualTo("unauthorized");
        assertThat(server.client().bearer(token).get("/api/admin/v1/audit").status()).isEqualTo(403);
        assertThat(server.client().bearer(token).get("/api/admin/v1/audit").error()).isEqualTo("forbidden");
        assertThat(server.client().bearer(token).get("/api/admin/v1/audit/export.csv").status()).isEqualTo(403);
        assertThat(server.client().bearer(token).get("/api/admin/v1/audit/verify").status()).isEqualTo(403);
    }
}
