package com.roamvault.device.fleet;

import com.roamvault.device.engine.net.NetworkSwitch;
import com.roamvault.protocol.Paths;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Times every App Server call the fleet's phones make, by call type. Added to the OkHttp client
 * all phones share, it sees each phone's calls; the whole body is read inside the timing, so a
 * latency is time to the last byte. Calls run on the phone's own thread, which also lets a phone
 * learn how much of its time went to the network.
 */
public final class CallTimer implements Interceptor {
    public static final String LOGIN = "login";
    public static final String FULL_SYNC = "sync (full)";
    public static final String DELTA_SYNC = "sync (delta)";
    public static final String AUDIT_UPLOAD = "audit upload";
    private static final List<String> KNOWN = List.of(LOGIN, FULL_SYNC, DELTA_SYNC, AUDIT_UPLOAD);
    private static final long MAX_BODY = 64L * 1024 * 1024;
    private static final ThreadLocal<long[]> NETWORK_NANOS = ThreadLocal.withInitial(() -> new long[1]);

    private final Map<String, LatencyStats> byType = new ConcurrentHashMap<>();

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        LatencyStats stats = byType.computeIfAbsent(typeOf(request), t -> new LatencyStats());
        long start = System.nanoTime();
        try {
            Response response = chain.proceed(request);
            response.peekBody(MAX_BODY);
            stats.record(System.nanoTime() - start, response.isSuccessful());
            return response;
        } catch (NetworkSwitch.NetworkUnavailableException e) {
            throw e; // refused by the phone's own (offline) network: it never reached the server
        } catch (IOException | RuntimeException e) {
            stats.record(System.nanoTime() - start, false);
            throw e;
        } finally {
            NETWORK_NANOS.get()[0] += System.nanoTime() - start;
        }
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

    static String typeOf(Request request) {
        String path = request.url().encodedPath();
        String method = request.method();
        if (method.equals("POST") && path.equals(Paths.MOBILE_LOGIN)) {
            return LOGIN;
        }
        if (method.equals("GET") && path.equals(Paths.MOBILE_SYNC)) {
            return request.url().queryParameter("cursor") == null ? FULL_SYNC : DELTA_SYNC;
        }
        if (method.equals("POST") && path.equals(Paths.MOBILE_AUDIT)) {
            return AUDIT_UPLOAD;
        }
        return method + " " + path;
    }
}
