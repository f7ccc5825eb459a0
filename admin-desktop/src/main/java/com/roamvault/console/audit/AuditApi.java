package com.roamvault.console.audit;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.client.admin.AuditFilter;
import com.roamvault.protocol.admin.DeviceDetail;
import com.roamvault.protocol.admin.Stats;
import com.roamvault.protocol.audit.AuditPage;
import com.roamvault.protocol.audit.AuditVerifyResult;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/** The calls the audit screen needs, so a test can also play a failing server. */
public interface AuditApi {
    /** One page, newest first; {@code before} is the previous page's {@code next} (null = newest). */
    AuditPage page(AuditFilter filter, int limit, Long before) throws RoamvaultClientException;

    /** Streams the CSV of every event matching {@code filter} into {@code out}; answers the bytes written. */
    long export(AuditFilter filter, OutputStream out, LongConsumer bytesSoFar) throws RoamvaultClientException;

    AuditVerifyResult verify() throws RoamvaultClientException;

    /** The whole log's events per day, last 30 days (the dashboard's counts); none by default. */
    default List<Stats.DayCount> eventsPerDay() throws RoamvaultClientException {
        return List.of();
    }

    /** Every device's name by its id (from the Devices list), so rows name phones as admins know them. */
    default Map<String, String> deviceNames() throws RoamvaultClientException {
        return Map.of();
    }

    static AuditApi of(AdminClient client) {
        return new AuditApi() {
            @Override
            public AuditPage page(AuditFilter filter, int limit, Long before) throws RoamvaultClientException {
                return client.audit().page(filter, limit, before);
            }

            @Override
            public long export(AuditFilter filter, OutputStream out, LongConsumer bytesSoFar)
                    throws RoamvaultClientException {
                return client.audit().exportCsv(filter, out, bytesSoFar);
            }

            @Override
            public AuditVerifyResult verify() throws RoamvaultClientException {
                return client.audit().verify();
            }

            @Override
            public List<Stats.DayCount> eventsPerDay() throws RoamvaultClientException {
                return client.stats().eventsPerDay();
            }

            @Override
            public Map<String, String> deviceNames() throws RoamvaultClientException {
                Map<String, String> names = new HashMap<>();
                for (DeviceDetail device : client.devices().list(null)) {
                    names.put(device.deviceId(), device.deviceName());
                }
                return names;
            }
        };
    }
}
