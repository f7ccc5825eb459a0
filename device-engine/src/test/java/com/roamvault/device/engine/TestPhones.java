package com.roamvault.device.engine;

import com.roamvault.device.engine.cache.CacheContents;
import com.roamvault.device.engine.clock.DeviceClock;
import com.roamvault.device.engine.crypto.Argon2Kdf;
import com.roamvault.device.engine.crypto.KdfParams;
import com.roamvault.protocol.mobile.Lease;
import com.roamvault.protocol.mobile.ListDto;
import com.roamvault.protocol.mobile.RecordDto;
import com.roamvault.protocol.policy.LeaseTerms;
import com.roamvault.protocol.policy.MobilePolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Shared test data: a fast KDF, a phone clock that only moves when told, sample cache contents. */
public final class TestPhones {
    /** Far below OWASP's minimum, so tests derive in milliseconds (allowed only through insecureForTests). */
    public static final KdfParams FAST = new KdfParams(256, 1, 1);
    public static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    private TestPhones() {
    }

    public static Argon2Kdf fastKdf() {
        return Argon2Kdf.insecureForTests(FAST);
    }

    /** Starts at {@link #START} and moves only through advance/shift. */
    public static DeviceClock stoppedClock() {
        return new DeviceClock(Clock.fixed(START, ZoneOffset.UTC), Duration.ZERO);
    }

    public static CacheContents contents(int records) {
        List<RecordDto> list = new ArrayList<>(records);
        for (int i = 1; i <= records; i++) {
            long listId = 1 + i % 10;
            list.add(new RecordDto(i, listId, "Router " + i, "admin" + i, "pw-" + i + "-orbit-lantern-quartz",
                    "https://router" + i + ".corp.example", "rack " + (i % 40) + ", row " + (i % 7), "CORP",
                    START.minusSeconds(i), 1, null));
        }
        List<ListDto> lists = new ArrayList<>();
        for (long l = 1; l <= 10; l++) {
            lists.add(new ListDto(l, "Network Devices " + l, false));
        }
        Lease lease = new Lease("device-1", "CORP\\qa1", START, START.plus(Duration.ofDays(14)), 14,
                LeaseTerms.of(MobilePolicy.DEFAULTS), "c2lnbmF0dXJl");
        return new CacheContents("CORP\\qa1", "device-1", lists, list, lease, "cursor-1", MobilePolicy.DEFAULTS, START);
    }
}
