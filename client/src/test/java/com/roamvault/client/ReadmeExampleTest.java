package com.roamvault.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.client.admin.AdminClient;
import com.roamvault.client.admin.AuditFilter;
import com.roamvault.client.support.TestServer;
import com.roamvault.protocol.audit.AuditEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's example, kept compiling and working: if this changes, change the README too. */
class ReadmeExampleTest {
    @Test
    void scriptingRoamvaultAsTheReadmeShows() throws RoamvaultClientException {
        try (TestServer server = TestServer.start()) {
            String url = server.url();
            String pin = server.pin();
            String adminPassword = TestServer.ADMIN_PASSWORD;

            RoamvaultClient roamvault = RoamvaultClient.connect(url, pin);
            AdminClient admin = roamvault.admin().loggedInAs("admin", adminPassword);

            long userId = admin.users().create("CORP\\jsmith", "Tangerine-Glacier-Orbit-93").id();
            admin.settings().patchUserOverrides(userId, Map.of("offlineCacheDays", 3));

            List<AuditEvent> events = admin.audit().all(AuditFilter.ALL.withUser("admin"));
            events.forEach(e -> System.out.println(e.occurredAt() + " " + e.action() + " " + e.detail()));

            assertThat(admin.settings().user(userId).effective().offlineCacheDays()).isEqualTo(3);
            assertThat(events).extracting(AuditEvent::action).contains("USER_CREATED", "USER_SETTINGS_CHANGED");
        }
    }
}
