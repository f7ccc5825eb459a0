package com.roamvault.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.audit.AuditEvent;
import com.roamvault.protocol.audit.AuditPage;
import com.roamvault.protocol.audit.AuditVerifyResult;
import com.roamvault.server.support.Fixtures;
import com.roamvault.server.support.Http;
import com.roamvault.server.support.Phone;
import com.roamvault.server.support.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An admin revokes alice's phone, changes her overrides and unlocks her: {@code involving=alice}
 * finds those beside alice's own events, {@code user=alice} only hers, and bob is in neither.
 */
class AuditInvolvingApiTest {
    static final String PASSWORD = "orbit-lantern-quartz-97";
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static String alice;
    static String bob;

    @BeforeAll
    static void adminWorksOnAlice() {
        alice = Phone.uniqueUser("Alice");
        bob = Phone.uniqueUser("Bob");
        Fixtures fixtures = new Fixtures(server);
        long aliceId = fixtures.user(alice, PASSWORD);
        fixtures.user(bob, PASSWORD);
        Phone alicePhone = Phone.login(server, alice, PASSWORD);
        Phone bobPhone = Phone.login(server, bob, PASSWORD);
        ok(server.admin().post("/api/admin/v1/devices/" + alicePhone.deviceId() + "/revoke", Map.of()));
        ok(server.admin().put("/api/admin/v1/users/" + aliceId + "/mobile",
                Map.of("overrides", Map.of("offlineCacheDays", 3))));
        for (int i = 0; i < 6; i++) {
            Phone.loginReply(server, alice, "wrong-password-" + i, null);
        }
        ok(server.admin().post("/api/admin/v1/users/" + aliceId + "/unlock", Map.of()));
        ok(server.admin().post("/api/admin/v1/devices/" + bobPhone.deviceId() + "/revoke", Map.of()));
    }

    static void ok(Http.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 204);
    }

    static AuditPage page(String query) {
        Http.Reply reply = server.admin().get("/api/admin/v1/audit?" + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.as(AuditPage.class);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static List<String> ids(AuditPage page) {
        return page.events().stream().map(AuditEvent::id).toList();
    }

    @Test
    void involvingFindsWhatAdminsDidToTheUserBesideHerOwnEventsAndUserOnlyHers() {
        List<AuditEvent> everything = page("limit=1000").events();
        List<String> expected = everything.stream()
                .filter(e -> alice.equals(e.username()) || alice.equals(e.subjectUsername())).map(AuditEvent::id).toList();

        AuditPage involving = page("involving=" + enc(alice));
        AuditPage byHer = page("user=" + enc(alice));

        assertThat(ids(involving)).containsExactlyElementsOf(expected);
        assertThat(involving.events()).filteredOn(e -> "admin".equals(e.username()))
                .allSatisfy(e -> assertThat(e.subjectUsername()).isEqualTo(alice))
                .extracting(AuditEvent::action).containsExactly(AuditActions.ACCOUNT_UNLOCKED,
                        AuditActions.USER_SETTINGS_CHANGED, AuditActions.DEVICE_REVOKED);
        assertThat(involving.events()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditActions.LOGIN_SUCCEEDED);
            assertThat(e.username()).isEqualTo(alice);
        });
        assertThat(byHer.events()).isNotEmpty().allSatisfy(e -> assertThat(e.username()).isEqualTo(alice))
                .extracting(AuditEvent::action).contains(AuditActions.LOGIN_SUCCEEDED, AuditActions.ACCOUNT_LOCKED)
                .doesNotContain(AuditActions.DEVICE_REVOKED, AuditActions.ACCOUNT_UNLOCKED);
        for (AuditPage p : List.of(involving, byHer)) {
            assertThat(p.events()).noneMatch(e -> bob.equals(e.username()) || bob.equals(e.subjectUsername()));
        }
        assertThat(page("involving=" + enc(bob)).events()).extracting(AuditEvent::action)
                .contains(AuditActions.DEVICE_REVOKED, AuditActions.LOGIN_SUCCEEDED);
    }

    @Test
    void involvingIgnoresCaseLikeUser() {
        List<String> exact = ids(page("involving=" + enc(alice)));

        assertThat(ids(page("involving=" + enc(alice.toLowerCase(Locale.ROOT))))).isEqualTo(exact);
        assertThat(ids(page("involving=" + enc(alice.toUpperCase(Locale.ROOT))))).isEqualTo(exact);
    }

    @Test
    void involvingCombinesWithTheOtherFiltersAndPages() {
        AuditPage adminOnAlice = page("involving=" + enc(alice) + "&platform=AdminConsole");
        assertThat(adminOnAlice.events()).hasSize(3).allSatisfy(e -> assertThat(e.subjectUsername()).isEqualTo(alice));
        assertThat(ids(page("involving=" + enc(alice) + "&user=admin"))).isEqualTo(ids(adminOnAlice));
        assertThat(page("involving=" + enc(alice) + "&action=DEVICE_REVOKED").events()).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("owner=" + alice));
        assertThat(page("involving=" + enc(alice) + "&q=offlineCacheDays").events()).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo(AuditActions.USER_SETTINGS_CHANGED));

        List<String> all = ids(page("involving=" + enc(alice)));
        List<String> paged = new ArrayList<>();
        Long next = null;
        do {
            AuditPage p = page("involving=" + enc(alice) + "&limit=2" + (next == null ? "" : "&before=" + next));
            paged.addAll(ids(p));
            next = p.next();
        } while (next != null);
        assertThat(paged).isEqualTo(all);
    }

    /** However the planner drives it (both indexes merged, or another filter's index), the page is the same. */
    @Test
    void everyDriverGivesTheSameInvolvingPage() {
        AuditFilter f = AuditFilter.parse(Map.of("involving", alice, "platform", "AdminConsole", "limit", "1000")::get);
        List<List<String>> pages = List.of(AuditPlanner.INVOLVING, "platform", AuditPlanner.LOG).stream()
                .map(driver -> server.server().wiring().db().read(sql -> {
                    AuditQuery.Statement st = AuditQuery.page(f, 1000, driver);
                    return sql.query(st.sql(), AuditRows::map, st.params()).stream().map(AuditEvent::id).toList();
                })).toList();

        assertThat(pages.get(0)).hasSize(3);
        assertThat(pages).allSatisfy(p -> assertThat(p).isEqualTo(pages.get(0)));
    }

    @Test
    void theExportOfInvolvingEndsEachRowWithTheSubject() {
        Http.Reply csv = server.admin().get("/api/admin/v1/audit/export.csv?involving=" + enc(alice));

        assertThat(csv.status()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).endsWith(",detail,hash,subjectUsername");
        assertThat(lines).hasSize(1 + page("involving=" + enc(alice)).events().size());
        assertThat(lines).filteredOn(l -> l.contains(AuditActions.DEVICE_REVOKED)).singleElement()
                .satisfies(l -> assertThat(l).endsWith(",\"" + alice + "\""));
    }

    @Test
    void aTamperedSubjectBreaksTheChainAtItsEvent() {
        AuditEvent revoke = page("involving=" + enc(alice) + "&action=DEVICE_REVOKED").events().getFirst();
        assertThat(verify().ok()).isTrue();
        try {
            server.server().wiring().db().txRun(sql -> sql.update(
                    "UPDATE audit_events SET subject_username = ? WHERE seq = ?", bob, revoke.seq()));
            assertThat(verify().firstBadSeq()).isEqualTo(revoke.seq());
            server.server().wiring().db().txRun(sql -> sql.update(
                    "UPDATE audit_events SET subject_username = NULL WHERE seq = ?", revoke.seq()));
            assertThat(verify().firstBadSeq()).isEqualTo(revoke.seq());
        } finally {
            server.server().wiring().db().txRun(sql -> sql.update(
                    "UPDATE audit_events SET subject_username = ? WHERE seq = ?", alice, revoke.seq()));
        }
        assertThat(verify().ok()).isTrue();
    }

    static AuditVerifyResult verify() {
        return server.admin().get("/api/admin/v1/audit/verify").as(AuditVerifyResult.class);
    }
}
