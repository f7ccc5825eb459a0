package com.roamvault.console.records;

import com.roamvault.protocol.admin.RecordVersion;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How a version reads in the history: when, who and from where, and the word that marks a lost conflict. */
final class HistoryTexts {
    static final String CONFLICT = "Conflict";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private HistoryTexts() {
    }

    static String when(RecordVersion version, ZoneId zone) {
        return version.changedAt() == null ? "" : WHEN.format(version.changedAt().atZone(zone));
    }

    /** "by CORP\jsmith from MobileApp". */
    static String origin(RecordVersion version) {
        String who = version.changedBy() == null || version.changedBy().isBlank() ? "someone" : version.changedBy();
        return "by " + who + (version.platform() == null ? "" : " from " + version.platform());
    }

    /** "Conflict: a phone's edit that lost" for those, "" otherwise: the word, never colour alone. */
    static String kind(RecordVersion version) {
        return version.conflict() ? CONFLICT + " (a phone's edit that lost)" : "";
    }
}
