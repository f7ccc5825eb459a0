package com.roamvault.device.engine.net;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Times each call to the last byte of its answer (the body is read inside the timing) and tells
 * the observer. It runs before the phone's network switch, so it also sees the switch's refusals.
 */
final class ObservedCalls implements Interceptor {
    private static final long MAX_BODY = 64L * 1024 * 1024;

    private final CallObserver observer;

    ObservedCalls(CallObserver observer) {
        this.observer = observer;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        long start = System.nanoTime();
        boolean succeeded = false;
        boolean reached = true;
        try {
            Response response = chain.proceed(request);
            response.peekBody(MAX_BODY);
            succeeded = response.isSuccessful();
            return response;
        } catch (NetworkSwitch.NetworkUnavailableException e) {
            reached = false; // refused by the phone's own (offline) network: it never reached the server
            throw e;
        } finally {
            observer.observed(new CallObserver.ObservedCall(request.method(), request.url().encodedPath(),
                    request.url().queryParameter("cursor"), System.nanoTime() - start, succeeded, reached));
        }
    }
}
