package com.roamvault.client.admin;

import com.roamvault.client.JsonHttp;
import com.roamvault.client.RoamvaultClientException;
import com.roamvault.protocol.Paths;
import com.roamvault.protocol.admin.AdminLogin;
import com.roamvault.protocol.admin.AdminToken;
import com.roamvault.protocol.admin.ServerInfo;
import com.roamvault.protocol.admin.Stats;

/**
 * The admin API of API.md for one session: log in, then use the areas. Holds the session token,
 * never the password. Thread-safe: a console's workers and a fleet's setup threads may share it.
 */
public final class AdminClient {
    private final AdminSession session;
    private final UsersApi users;
    private final GroupsApi groups;
    private final ListsApi lists;
    private final RecordsApi records;
    private final DevicesApi devices;
    private final SettingsApi settings;
    private final AuditApi audit;

    public AdminClient(JsonHttp http) {
        this.session = new AdminSession(http);
        this.users = new UsersApi(session);
        this.groups = new GroupsApi(session);
        this.lists = new ListsApi(session);
        this.records = new RecordsApi(session);
        this.devices = new DevicesApi(session);
        this.settings = new SettingsApi(session);
        this.audit = new AuditApi(session);
    }

    public String serverUrl() {
        return session.http().connection().serverUrl();
    }

    /** Starts (or renews) the session; the same {@code invalid_credentials} for an unknown user and a wrong password. */
    public AdminToken login(String username, String password) throws RoamvaultClientException {
        AdminToken issued = session.post(Paths.ADMIN_LOGIN, new AdminLogin(username, password), AdminToken.class);
        session.token(issued.token());
        return issued;
    }

    /** Fluent {@link #login} for scripts: {@code server.admin().loggedInAs("admin", pw).users()...}. */
    public AdminClient loggedInAs(String username, String password) throws RoamvaultClientException {
        login(username, password);
        return this;
    }

    public boolean loggedIn() {
        return session.hasToken();
    }

    /** Forgets the token here (the server lets it expire). */
    public void logout() {
        session.token(null);
    }

    /**
     * Runs {@code listener} on the calling thread whenever a call made with a token answers 401
     * {@code unauthorized} (expired or forgotten session).
     */
    public void onUnauthorized(Runnable listener) {
        session.onUnauthorized(listener);
    }

    /** Version, uptime, topology, certificate pin, lease key and the system API key. */
    public ServerInfo serverInfo() throws RoamvaultClientException {
        return session.get(Paths.ADMIN_SERVER, ServerInfo.class);
    }

    /** The dashboard's counters. */
    public Stats stats() throws RoamvaultClientException {
        return session.get(Paths.ADMIN_STATS, Stats.class);
    }

    public UsersApi users() {
        return users;
    }

    public GroupsApi groups() {
        return groups;
    }

    public ListsApi lists() {
        return lists;
    }

    public RecordsApi records() {
        return records;
    }

    public DevicesApi devices() {
        return devices;
    }

    /** Global mobile settings and each user's overrides. */
    public SettingsApi settings() {
        return settings;
    }

    public AuditApi audit() {
        return audit;
    }
}
