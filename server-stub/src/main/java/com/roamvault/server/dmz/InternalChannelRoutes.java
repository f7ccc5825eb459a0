package com.roamvault.server.dmz;

import com.roamvault.protocol.ErrorCode;
import com.roamvault.protocol.Paths;
import com.roamvault.server.http.ApiException;
import com.roamvault.server.http.ClientAddress;
import com.roamvault.server.http.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.security.cert.X509Certificate;

/**
 * Splits a DMZ core's API between its two ports: the internal channel serves the mobile API and
 * nothing else (and only there is the App Server's forwarded phone address believed); the public
 * port serves everything but the mobile API, which phones reach through the App Server.
 * Decided on the matched route, not the raw path, so no spelling of a URL slips past.
 * Register it before any other check, so an unserved route says so before asking for a token.
 * Each request on the internal port counts as a contact of the App Server whose key sent it.
 */
public final class InternalChannelRoutes implements Routes {
    private static final String PEER_CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    private final InternalChannel channel;
    private final AppServerContacts contacts;

    public InternalChannelRoutes(InternalChannel channel, AppServerContacts contacts) {
        this.channel = channel;
        this.contacts = contacts;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.beforeMatched(this::gate);
    }

    private void gate(Context http) {
        String route = http.endpoints().matchedHttpEndpoint().path;
        boolean mobile = route.equals(Paths.MOBILE) || route.startsWith(Paths.MOBILE + "/");
        if (channel.carries(http.req().getLocalPort())) {
            if (http.req().getAttribute(PEER_CERTIFICATES) instanceof X509Certificate[] chain && chain.length > 0) {
                contacts.heardFrom(chain[0]);
            }
            if (!mobile) {
                throw new ApiException(ErrorCode.NOT_FOUND, "The internal port serves only the mobile API");
            }
            ClientAddress.trustForwarded(http);
        } else if (mobile) {
            throw new ApiException(ErrorCode.NOT_FOUND, "Phones reach the mobile API through the App Server at "
                    + channel.settings().appServerUrl());
        }
    }
}
