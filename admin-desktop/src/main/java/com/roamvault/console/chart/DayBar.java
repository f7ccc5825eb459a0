package com.roamvault.console.chart;

import com.roamvault.protocol.admin.Stats;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One bar of an events-per-day chart (the dashboard's and the audit history's): a short unique date label ("Mar 12") and the day's count. */
public record DayBar(LocalDate day, String label, long count) {
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    public static DayBar of(Stats.DayCount day) {
        return new DayBar(day.day(), LABEL.format(day.day()), day.count());
    }
}
