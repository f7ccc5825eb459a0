package com.roamvault.server.demo;

import com.roamvault.server.ServerContext;

/** Seeds the demo organisation once (placeholder until the demo data lands). */
public final class DemoSeeder {
    public static final String DEMO_ADMIN_PASSWORD = "roamvault-demo-admin-2026";

    private DemoSeeder() {
    }

    public static void seedOnce(ServerContext ctx) {
    }

    public static String describeUsers() {
        return "(none yet)";
    }
}
