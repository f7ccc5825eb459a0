package com.roamvault.console;

import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.mobile.EditResult;
import com.roamvault.client.mobile.MobileClient;
import com.roamvault.protocol.audit.AuditUploadEvent;
import com.roamvault.protocol.audit.AuditUploadResult;
import com.roamvault.protocol.mobile.LoginRequest;
import com.roamvault.protocol.mobile.LoginResponse;
import com.roamvault.protocol.mobile.RecordChanges;
import com.roamvault.protocol.mobile.RecordEdit;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.server.demo.DemoSeeder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A phone as the tests need one: logs in as a demo user (registering a device), syncs and
 * uploads its audit journal, through the shared client's mobile API.
 */
public final class TestPhone {
    public static final String USER = "CORP\\jsmith";
    private final MobileClient mobile;
    private final LoginResponse login;

    private TestPhone(RoamvaultServer server, String user, String deviceName) throws RoamvaultClientException {
        mobile = mobileOf(server);
        login = mobile.login(new LoginRequest(user, DemoSeeder.masterPasswordOf(user), null, deviceName, "android"));
    }

    /** Logs in with no device id, so the server registers a new device under {@code deviceName}. */
    public static TestPhone register(RoamvaultServer server, String deviceName) throws RoamvaultClientException {
        return new TestPhone(server, USER, deviceName);
    }

    /** Registers a new device of the demo user {@code user}. */
    public static TestPhone register(RoamvaultServer server, String user, String deviceName)
            throws RoamvaultClientException {
        return new TestPhone(server, user, deviceName);
    }

    public String deviceId() {
        return login.deviceId();
    }

    /** The error code of a full sync, or "ok" when it succeeds. */
    public String sync() throws RoamvaultClientException {
        try {
            mobile.sync(login.accessToken(), null);
            return "ok";
        } catch (RoamvaultClientException e) {
            if (e.kind() != RoamvaultClientException.Kind.API) {
                throw e;
            }
            return e.code();
        }
    }

    /** An edit made on this phone (online) from the record's version {@code baseVersion}. */
    public EditResult edit(long recordId, long baseVersion, RecordChanges changes) throws RoamvaultClientException {
        return mobile.editRecord(login.accessToken(), recordId, new RecordEdit(UUID.randomUUID().toString(),
                baseVersion, Instant.now(), "online", changes));
    }

    /** Uploads journal events as the phone's sync does (POST audit); at most 1000 a call, as API.md says. */
    public AuditUploadResult uploadAudit(List<AuditUploadEvent> events) throws RoamvaultClientException {
        return mobile.uploadAudit(login.accessToken(), events);
    }

    /** One journal event as a phone records it (a fresh id, so each upload stores it once). */
    public static AuditUploadEvent journalEvent(String action, String origin, Instant occurredAt, String detail) {
        return new AuditUploadEvent(UUID.randomUUID().toString(), occurredAt, action, "success", null, null, origin,
                detail);
    }

    /**
     * One mobile login of {@code username} with {@code password} on a new device: "ok", or the
     * server's error code (invalid_credentials, account_locked, ...). Failures count toward lockout.
     */
    public static String tryLogin(RoamvaultServer server, String username, String password)
            throws RoamvaultClientException {
        try {
            mobileOf(server).login(new LoginRequest(username, password, null, "Login probe", "android"));
            return "ok";
        } catch (RoamvaultClientException e) {
            if (e.kind() != RoamvaultClientException.Kind.API) {
                throw e;
            }
            return e.code();
        }
    }

    private static MobileClient mobileOf(RoamvaultServer server) throws RoamvaultClientException {
        return RoamvaultClient.connect(server.url(), server.pin()).mobile();
    }
}
