package com.roamvault.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.protocol.policy.MobilePolicy;
import com.roamvault.server.ServerConfig;
import com.roamvault.server.password.PasswordPolicy;
import com.roamvault.server.support.TestServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoSeederApiTest {

    @Test
    void demoOrganisationIsRealisticAndSeededOnlyOnce() {
        Path data = TestServer.tempDir();
        ServerConfig config = TestServer.config(data).withDemo(true);
        long records;
        try (TestServer server = TestServer.start(config)) {
            var ctx = server.server().wiring();
            long users = ctx.db().read(sql -> sql.count("SELECT COUNT(*) FROM users"));
            records = ctx.db().read(sql -> sql.count("SELECT COUNT(*) FROM records WHERE deleted = FALSE"));
            long lists = ctx.db().read(sql -> sql.count("SELECT COUNT(*) FROM password_lists"));
            long listsWithoutMobile = ctx.db().read(sql -> sql.count("SELECT COUNT(DISTINCT list_id) FROM permissions p "
                    + "WHERE NOT EXISTS (SELECT 1 FROM permissions q WHERE q.list_id = p.list_id AND q.mobile_access)"));
            assertThat(users).isEqualTo(10);
            assertThat(lists).isEqualTo(8);
            assertThat(records).isBetween(200L, 500L);
            assertThat(listsWithoutMobile).isEqualTo(2);
            long lchen = ctx.db().read(sql -> sql.count("SELECT id FROM users WHERE username = ?", DemoSeeder.OVERRIDE_USER));
            assertThat(ctx.db().read(sql -> ctx.policies().effective(sql, lchen)).offlineCacheDays()).isEqualTo(3);
            assertThat(server.client().post("/api/admin/v1/login", java.util.Map.of("username", "CORP\\jsmith",
                    "password", DemoSeeder.masterPasswordOf("CORP\\jsmith"))).error())
                    .as("demo users are not admins").isEqualTo("forbidden");
        }
        // the same data folder again: nothing is added twice
        ServerConfig again = new ServerConfig(data, "127.0.0.1", 0, config.jdbcUrl(), config.adminPassword(), true,
                config.hashing(), config.clock());
        try (TestServer server = TestServer.start(again)) {
            var ctx = server.server().wiring();
            long recordsAgain = ctx.db().read(sql -> sql.count("SELECT COUNT(*) FROM records WHERE deleted = FALSE"));
            assertThat(recordsAgain).isEqualTo(records);
        }
    }

    @Test
    void everyDocumentedDemoPasswordMeetsTheDefaultPolicy() {
        PasswordPolicy policy = new PasswordPolicy();
        for (String user : DemoSeeder.usernames()) {
            assertThat(policy.problems(DemoSeeder.masterPasswordOf(user), MobilePolicy.DEFAULTS, List.of(user)))
                    .as(user).isEmpty();
        }
        assertThat(policy.problems(DemoSeeder.DEMO_ADMIN_PASSWORD, MobilePolicy.DEFAULTS, List.of("admin"))).isEmpty();
    }
}
