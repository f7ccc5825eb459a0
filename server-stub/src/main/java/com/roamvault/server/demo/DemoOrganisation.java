package com.roamvault.server.demo;

import java.util.List;

/** The demo company: who works there, in which teams, and which password lists the teams share. */
final class DemoOrganisation {
    private DemoOrganisation() {
    }

    record Person(String username, String displayName, String masterPassword, boolean mobileAccess) {
    }

    record Team(String name, List<String> members) {
    }

    /** A list, who may see it, and whether that permission carries Mobile Access. */
    record SharedList(String name, String description, List<String> teams, List<String> people, boolean mobile,
                      String hostPattern, int records) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("CORP\\jsmith", "John Smith", "jsmith-orbit-lantern-quartz-97", true),
            new Person("CORP\\amorgan", "Alice Morgan", "amorgan-violet-harbor-sketch-31", true),
            new Person("CORP\\lchen", "Li Chen", "lchen-copper-meadow-tunnel-58", true),
            new Person("CORP\\pnair", "Priya Nair", "pnair-glacier-saddle-mosaic-24", true),
            new Person("CORP\\dkowalski", "Dawid Kowalski", "dkowalski-ember-falcon-riddle-66", true),
            new Person("CORP\\sgarcia", "Sofia Garcia", "sgarcia-lotus-canyon-beacon-12", true),
            new Person("CORP\\tnguyen", "Tuan Nguyen", "tnguyen-marble-prairie-comet-45", true),
            new Person("CORP\\mrossi", "Marco Rossi", "mrossi-walnut-signal-breeze-83", true),
            new Person("CORP\\ebrown", "Emma Brown (contractor)", "ebrown-pepper-island-vortex-19", false));

    static final List<Team> TEAMS = List.of(
            new Team("Network Team", List.of("CORP\\jsmith", "CORP\\amorgan", "CORP\\lchen")),
            new Team("Server Admins", List.of("CORP\\pnair", "CORP\\dkowalski", "CORP\\jsmith")),
            new Team("Help Desk", List.of("CORP\\sgarcia", "CORP\\tnguyen", "CORP\\ebrown")),
            new Team("Finance", List.of("CORP\\mrossi")));

    static final List<SharedList> LISTS = List.of(
            new SharedList("Network Devices", "Switches, routers and firewalls", List.of("Network Team"), List.of(),
                    true, "core-sw-%02d", 60),
            new SharedList("Windows Servers", "Domain controllers and member servers", List.of("Server Admins"),
                    List.of(), true, "srv-win-%02d", 70),
            new SharedList("Linux Servers", "Production Linux hosts", List.of("Server Admins"), List.of(), true,
                    "lnx-prod-%02d", 60),
            new SharedList("Cloud Accounts", "Cloud root and billing accounts (desktop only)", List.of("Server Admins"),
                    List.of(), false, "cloud-acct-%02d", 20),
            new SharedList("Help Desk Shared", "Shared kiosk and printer credentials", List.of("Help Desk"), List.of(),
                    true, "hd-kiosk-%02d", 40),
            new SharedList("Finance Systems", "ERP and banking portals (desktop only)", List.of("Finance"), List.of(),
                    false, "fin-app-%02d", 25),
            new SharedList("Break Glass", "Emergency domain admin accounts", List.of(), List.of("CORP\\jsmith"),
                    true, "breakglass-%02d", 5),
            new SharedList("Wi-Fi and Guest", "Wireless keys for every site", List.of("Network Team", "Server Admins",
                    "Help Desk", "Finance"), List.of(), true, "wifi-site-%02d", 12));
}
