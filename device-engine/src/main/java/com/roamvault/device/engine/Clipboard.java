package com.roamvault.device.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The phone's clipboard: a copied password disappears after {@code clipboardClearSeconds} of device time. */
final class Clipboard {
    private String text;
    private String title;
    private Instant clearsAt;

    void copy(String value, String recordTitle, Instant now, int clearSeconds) {
        text = value;
        title = recordTitle;
        clearsAt = now.plus(Duration.ofSeconds(clearSeconds));
    }

    /** What a paste would give now. */
    Optional<String> text(Instant now) {
        expire(now);
        return Optional.ofNullable(text);
    }

    /** The title of the record whose password is on the clipboard. */
    Optional<String> title(Instant now) {
        expire(now);
        return Optional.ofNullable(title);
    }

    Optional<Instant> clearsAt(Instant now) {
        expire(now);
        return Optional.ofNullable(clearsAt);
    }

    void clear() {
        text = null;
        title = null;
        clearsAt = null;
    }

    private void expire(Instant now) {
        if (clearsAt != null && !now.isBefore(clearsAt)) {
            clear();
        }
    }
}
