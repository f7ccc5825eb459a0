package com.roamvault.device.fleet;

/**
 * The audit check's totals. {@code expected}: events the phones say the server acknowledged;
 * {@code onServer}: the phones' events in the server's log; {@code lost}/{@code doubled}: events
 * missing from or extra in the log; {@code stillOnPhones}: journaled but never handed in.
 */
public record AuditVerdict(long expected, long onServer, long lost, long doubled, long stillOnPhones,
                           long offlineExpected, long offlineOnServer) {
    static final AuditVerdict NONE = new AuditVerdict(0, 0, 0, 0, 0, 0, 0);

    public boolean exact() {
        return lost == 0 && doubled == 0 && expected == onServer && offlineExpected == offlineOnServer;
    }

    AuditVerdict plus(AuditVerdict o) {
        return new AuditVerdict(expected + o.expected, onServer + o.onServer, lost + o.lost, doubled + o.doubled,
                stillOnPhones + o.stillOnPhones, offlineExpected + o.offlineExpected,
                offlineOnServer + o.offlineOnServer);
    }
}
