package com.roamvault.server.mobile;

import com.roamvault.protocol.ErrorCode;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.mobile.LoginRequest;
import com.roamvault.protocol.mobile.LoginResponse;
import com.roamvault.protocol.policy.MobilePolicy;
import com.roamvault.server.audit.AuditEntry;
import com.roamvault.server.audit.AuditLog;
import com.roamvault.server.auth.LoginService;
import com.roamvault.server.devices.Device;
import com.roamvault.server.devices.DeviceRegistration;
import com.roamvault.server.devices.DeviceService;
import com.roamvault.server.http.ApiException;
import com.roamvault.server.keys.ServerKeys;
import com.roamvault.server.store.Database;
import com.roamvault.server.tokens.TokenService;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The phone's online login: master password with the App Server's brute-force defences, then
 * mobile access, then the device (registered on first login, refused once revoked), then a
 * short-lived token. Every refusal after the password check is audited as LOGIN_FAILED.
 */
public final class MobileLoginService {
    static final Duration TOKEN_TTL = Duration.ofHours(1);

    private final Database db;
    private final Clock clock;
    private final ServerKeys keys;
    private final LoginService logins;
    private final TokenService tokens;
    private final AuditLog audit;
    private final DeviceService devices;
    private final MobileAccess access;

    public MobileLoginService(Database db, Clock clock, ServerKeys keys, LoginService logins, TokenService tokens,
                              AuditLog audit, DeviceService devices, MobileAccess access) {
        this.db = db;
        this.clock = clock;
        this.keys = keys;
        this.logins = logins;
        this.tokens = tokens;
        this.audit = audit;
        this.devices = devices;
        this.access = access;
    }

    public LoginResponse login(LoginRequest request, String clientIp) {
        DeviceRegistration phone = DeviceRegistration.of(request.deviceId(), request.deviceName(), request.platform());
        LoginService.Account account = logins.authenticate(request.username(), request.password(), clientIp,
                AuditEntry.APP_SERVER, phone.deviceId());

        Optional<MobilePolicy> policy = db.read(sql -> access.policyIfAllowed(sql, account.id()));
        if (policy.isEmpty()) {
            refuse(account, phone.deviceId(), clientIp, "mobile_access_disabled");
            throw MobileAccess.disabled();
        }
        // A device id of another user, or one this server never issued, simply gets a new device:
        // telling the two apart would reveal which ids exist.
        Optional<Device> known = phone.deviceId() == null ? Optional.empty()
                : db.read(sql -> devices.find(sql, phone.deviceId()))
                        .filter(d -> d.userId() == account.id());
        if (known.isPresent() && known.get().revoked()) {
            refuse(account, phone.deviceId(), clientIp, "device_revoked");
            throw new ApiException(ErrorCode.DEVICE_REVOKED, "This device was revoked by an administrator");
        }
        return db.tx(sql -> {
            Device device = known.isPresent() ? known.get()
                    : devices.register(sql, account.id(), account.username(), phone, clientIp);
            TokenService.Issued token = tokens.issue(sql, TokenService.MOBILE, account.id(), device.id(),
                    TOKEN_TTL);
            audit.append(sql, AuditEntry.server(AuditEntry.APP_SERVER, AuditActions.LOGIN_SUCCEEDED, "success",
                    account.username(), device.id(), clientIp, "platform=" + device.platform()));
            return new LoginResponse(token.token(), token.expiresAt(), device.id(), policy.get(),
                    keys.leaseSigner().publicKeyBase64(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        });
    }

    private void refuse(LoginService.Account account, String deviceId, String clientIp, String reason) {
        db.txRun(sql -> audit.append(sql, AuditEntry.server(AuditEntry.APP_SERVER,
                AuditActions.LOGIN_FAILED, "failure", account.username(), deviceId, clientIp, "reason=" + reason)));
    }
}
