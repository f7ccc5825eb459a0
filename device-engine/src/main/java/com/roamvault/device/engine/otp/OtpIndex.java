package com.roamvault.device.engine.otp;

import com.roamvault.protocol.mobile.RecordDto;
import com.roamvault.protocol.otp.OtpUri;
import com.roamvault.protocol.otp.Totp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed one-time code secrets of one set of cached records: each otpUri is parsed once when
 * the records change, not at every refresh, so a page of 1,000 codes costs 1,000 HMACs and nothing
 * more. A record whose otpUri does not parse is left out (InvalidOtpUriException; the server refuses such URIs, an old
 * one is shown as having no code rather than crashing the page).
 */
public final class OtpIndex {
    private final List<RecordDto> source;
    private final Map<Long, Parsed> byId = new LinkedHashMap<>();

    private record Parsed(RecordDto record, OtpUri uri) {
    }

    public OtpIndex(List<RecordDto> records) {
        this.source = records;
        for (RecordDto r : records) {
            if (r.otpUri() != null && !r.otpUri().isBlank()) {
                try {
                    byId.put(r.recordId(), new Parsed(r, OtpUri.parse(r.otpUri())));
                } catch (IllegalArgumentException e) {
                    // not a code this phone can compute: the record simply shows none
                }
            }
        }
    }

    /** True when this index was built from exactly this list (the cache's records are immutable lists). */
    public boolean builtFrom(List<RecordDto> records) {
        return source == records;
    }

    public boolean has(long recordId) {
        return byId.containsKey(recordId);
    }

    public List<OtpEntry> entries() {
        List<OtpEntry> out = new ArrayList<>(byId.size());
        byId.values().forEach(p -> out.add(new OtpEntry(p.record().recordId(), p.record().listId(), p.record().title(),
                p.uri().issuer(), p.uri().account(), p.uri().digits(), p.uri().periodSeconds())));
        return out;
    }

    /** The code at {@code at}; empty when the record has no (usable) secret. */
    public Optional<OtpCode> code(long recordId, Instant at) {
        Parsed p = byId.get(recordId);
        if (p == null) {
            return Optional.empty();
        }
        return Optional.of(new OtpCode(recordId, p.record().title(), Totp.code(p.uri(), at),
                Totp.secondsLeft(p.uri(), at), p.uri().periodSeconds(), at));
    }
}
