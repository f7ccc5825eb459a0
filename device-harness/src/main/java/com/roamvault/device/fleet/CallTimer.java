package com.roamvault.device.fleet;

import com.roamvault.device.engine.net.CallObserver;
import com.roamvault.protocol.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Times every App Server call the fleet's phones make, by call type. Observing the HTTP client
 * all phones share ({@link com.roamvault.device.engine.net.PhoneHttp#pooled}), it sees each phone's
 * calls; the whole body is read inside the timing, so a latency is time to the last byte. Calls
 * run on the phone's own thread, which also lets a phone learn how much of its time went to the
 * network.
 */
public final class CallTimer implements CallObserver {
    public static final String LOGIN = "login";
    public static final String FULL_SYNC = "sync (full)";
    public static final String DELTA_SYNC = "sync (delta)";
    public static final String AUDIT_UPLOAD = "audit upload";
    private static final List<String> KNOWN = List.of(LOGIN, FULL_SYNC, DELTA_SYNC, AUDIT_UPLOAD);
    private static final ThreadLocal<long[]> NETWORK_NANOS = ThreadLocal.withInitial(() -> new long[1]);

    private final Map<String, LatencyStats> byType = new ConcurrentHashMap<>();

    @Override
    public void observed(ObservedCall call) {
        if (call.reachedServer()) { // a refusal by the phone's own (offline) network says nothing of the server
            byType.computeIfAbsent(typeOf(call), t -> new LatencyStats()).record(call.nanos(), call.succeeded());
        }
        NETWORK_NANOS.get()[0] += call.nanos();
    }

    /** Time this thread has spent in server calls so far (the phone's share of the network). */
    public static long networkNanosOnThisThread() {
        return NETWORK_NANOS.get()[0];
    }

    /** Summaries by call type: login, full sync, delta sync, audit upload first, then any other call. */
    public Map<String, LatencyStats.Summary> summaries() {
        Map<String, LatencyStats.Summary> out = new LinkedHashMap<>();
        KNOWN.forEach(t -> out.put(t, byType.getOrDefault(t, new LatencyStats()).summary()));
        byType.keySet().stream().filter(t -> !KNOWN.contains(t)).sorted()
                .forEach(t -> out.put(t, byType.get(t).summary()));
        return out;
    }

    static String typeOf(ObservedCall call) {
        String path = call.path();
        String method = call.method();
        if (method.equals("POST") && path.equals(Paths.MOBILE_LOGIN)) {
            return LOGIN;
        }
        if (method.equals("GET") && path.equals(Paths.MOBILE_SYNC)) {
            return call.cursor() == null ? FULL_SYNC : DELTA_SYNC;
        }
        if (method.equals("POST") && path.equals(Paths.MOBILE_AUDIT)) {
            return AUDIT_UPLOAD;
        }
        return method + " " + path;
    }
}
