package com.roamvault.client.mobile;

import com.roamvault.client.JsonHttp;
import com.roamvault.client.RoamvaultClientException;
import com.roamvault.protocol.ErrorCode;
import com.roamvault.protocol.Paths;
import com.roamvault.protocol.audit.AuditUpload;
import com.roamvault.protocol.audit.AuditUploadEvent;
import com.roamvault.protocol.audit.AuditUploadResult;
import com.roamvault.protocol.mobile.EditConflict;
import com.roamvault.protocol.mobile.LoginRequest;
import com.roamvault.protocol.mobile.LoginResponse;
import com.roamvault.protocol.mobile.MasterPasswordChange;
import com.roamvault.protocol.mobile.RecordDto;
import com.roamvault.protocol.mobile.RecordEdit;
import com.roamvault.protocol.mobile.SyncResponse;
import com.roamvault.protocol.policy.MobilePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The mobile API of API.md (the App Server), as a phone uses it. Stateless: the phone keeps its
 * access token (it outlives this object in the phone's session state) and passes it to each call.
 */
public final class MobileClient {
    private final JsonHttp http;

    public MobileClient(JsonHttp http) {
        this.http = http;
    }

    /** Logs in with the master password; a null {@code deviceId} registers a new device. */
    public LoginResponse login(LoginRequest request) throws RoamvaultClientException {
        return http.call(new Request.Builder().url(http.url(Paths.MOBILE_LOGIN).build())
                .post(http.body(request)).build(), LoginResponse.class);
    }

    /** The records the user may see on mobile now, and a fresh signed lease; a null cursor is a full sync. */
    public SyncResponse sync(String token, String cursor) throws RoamvaultClientException {
        HttpUrl.Builder url = http.url(Paths.MOBILE_SYNC);
        if (cursor != null) {
            url.addQueryParameter("cursor", cursor);
        }
        return http.call(authorized(url.build(), token).get().build(), SyncResponse.class);
    }

    /** The user's effective policy. */
    public MobilePolicy policy(String token) throws RoamvaultClientException {
        return http.call(authorized(http.url(Paths.MOBILE_POLICY).build(), token).get().build(), MobilePolicy.class);
    }

    /** Uploads at most {@link AuditUpload#MAX_EVENTS} journal events; idempotent by event id. */
    public AuditUploadResult uploadAudit(String token, List<AuditUploadEvent> events) throws RoamvaultClientException {
        return http.call(authorized(http.url(Paths.MOBILE_AUDIT).build(), token)
                .post(http.body(new AuditUpload(events))).build(), AuditUploadResult.class);
    }

    /** Uploads any number of events in calls of at most {@link AuditUpload#MAX_EVENTS}; the summed result. */
    public AuditUploadResult uploadAllAudit(String token, List<AuditUploadEvent> events)
            throws RoamvaultClientException {
        int accepted = 0;
        int duplicates = 0;
        List<AuditUploadEvent> all = new ArrayList<>(events);
        for (int from = 0; from < all.size(); from += AuditUpload.MAX_EVENTS) {
            AuditUploadResult part = uploadAudit(token, all.subList(from,
                    Math.min(all.size(), from + AuditUpload.MAX_EVENTS)));
            accepted += part.accepted();
            duplicates += part.duplicates();
        }
        return new AuditUploadResult(accepted, duplicates);
    }

    /**
     * The user changes their own master password: 422 {@code weak_password} with the reasons, or 401
     * {@code invalid_credentials} for a wrong current one (which counts toward the lockout).
     */
    public void changeMasterPassword(String token, String current, String next) throws RoamvaultClientException {
        http.call(authorized(http.url(Paths.MOBILE_MASTER_PASSWORD).build(), token)
                .put(http.body(new MasterPasswordChange(current, next))).build(), Void.class);
    }

    /**
     * Sends an edit made on the phone; replaying the same {@code editId} answers what the first call did.
     * A stale {@code baseVersion} is a {@link EditResult.Conflict}, not an exception; other refusals
     * ({@code forbidden}, {@code validation_failed}, ...) throw as every call does.
     */
    public EditResult editRecord(String token, long recordId, RecordEdit edit) throws RoamvaultClientException {
        JsonHttp.Outcome<RecordDto, EditConflict> outcome = http.call(
                authorized(http.url(Paths.mobileRecord(recordId)).build(), token).put(http.body(edit)).build(),
                RecordDto.class, ErrorCode.EDIT_CONFLICT.status(), EditConflict.class);
        if (outcome.alternate() != null) {
            if (outcome.alternate().current() == null) {
                throw RoamvaultClientException.local(RoamvaultClientException.Kind.PROTOCOL,
                        RoamvaultClientException.PROTOCOL_ERROR, "The server's edit conflict names no current record");
            }
            return new EditResult.Conflict(outcome.alternate().current(), outcome.alternate().message());
        }
        return new EditResult.Applied(outcome.ok());
    }

    private static Request.Builder authorized(HttpUrl url, String token) {
        Objects.requireNonNull(token, "a mobile call needs the access token from login");
        return new Request.Builder().url(url).header("Authorization", "Bearer " + token);
    }
}
