package com.roamvault.server.dmz;

import com.roamvault.protocol.admin.AppServerContact;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The App Servers a core lets in and when each last sent it a request, for the console. Kept in
 * memory: after a restart an App Server shows as not yet heard from until its next call.
 */
public final class AppServerContacts {
    private final List<KeyPin> pins;
    private final Clock clock;
    private final Map<String, Instant> lastContact = new ConcurrentHashMap<>();

    public AppServerContacts(List<KeyPin> pins, Clock clock) {
        this.pins = List.copyOf(pins);
        this.clock = clock;
    }

    /** An all-in-one server has no App Server. */
    public static AppServerContacts none(Clock clock) {
        return new AppServerContacts(List.of(), clock);
    }

    /** A request came over the internal channel from the peer with this certificate. */
    void heardFrom(X509Certificate peer) {
        Instant now = clock.instant();
        for (KeyPin pin : pins) {
            if (pin.matches(peer)) {
                lastContact.put(pin.toString(), now);
            }
        }
    }

    /** In the order the pins were given. */
    public List<AppServerContact> list() {
        return pins.stream().map(pin -> new AppServerContact(pin.toString(), lastContact.get(pin.toString())))
                .toList();
    }
}
