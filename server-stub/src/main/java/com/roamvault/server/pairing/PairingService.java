package com.roamvault.server.pairing;

import com.roamvault.protocol.admin.PairingCode;
import com.roamvault.protocol.admin.UserDetail;
import com.roamvault.protocol.pairing.PairingUri;
import com.roamvault.server.identity.ServerIdentity;
import com.roamvault.server.users.UserService;
import java.net.URI;
import java.util.Base64;

/**
 * A user's pairing code: the URL and certificate pin phones use (this server's, or the App Server's
 * in the DMZ topology) and the username, as a URI and as a QR image.
 */
public final class PairingService {
    private final UserService users;
    private final ServerIdentity identity;

    public PairingService(UserService users, ServerIdentity identity) {
        this.users = users;
        this.identity = identity;
    }

    public PairingCode code(long userId) {
        UserDetail user = users.get(userId);
        String uri = new PairingUri(URI.create(identity.phoneUrl()), identity.phonePin(), user.username()).format();
        return new PairingCode(uri, Base64.getEncoder().encodeToString(QrCodes.png(uri)));
    }
}
