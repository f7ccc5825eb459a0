package com.roamvault.protocol;

import java.time.Duration;

/**
 * How long a kept-alive HTTPS connection may sit idle, for both ends: the server closes one idle
 * for {@link #SERVER_IDLE_TIMEOUT}; clients drop theirs after {@link #CLIENT_KEEP_ALIVE}, well before,
 * so a pause (a presenter between two steps, a scenario's {@code wait:}) never sends a call on a
 * connection the server has already closed. The race that remains (the server closing just as a
 * call goes out) the client recovers from by itself.
 */
public final class IdleConnections {
    private IdleConnections() {
    }

    /** Jetty's default, stated: a connection idle this long is closed by the server. */
    public static final Duration SERVER_IDLE_TIMEOUT = Duration.ofSeconds(30);

    /** Half the server's: a margin for a busy machine's late eviction and for clocks. */
    public static final Duration CLIENT_KEEP_ALIVE = SERVER_IDLE_TIMEOUT.dividedBy(2);
}
