package com.roamvault.device.engine.net;

/** Told about every call phones make through a {@link PhoneHttp#pooled} client (fleet figures). */
@FunctionalInterface
public interface CallObserver {
    void observed(ObservedCall call);

    /**
     * One call: {@code cursor} is the query's cursor (null if none); {@code reachedServer} is false
     * when the phone's own network refused it (offline), so it says nothing about the server.
     */
    record ObservedCall(String method, String path, String cursor, long nanos, boolean succeeded,
                        boolean reachedServer) {
    }
}
