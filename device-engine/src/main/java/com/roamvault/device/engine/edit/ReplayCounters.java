package com.roamvault.device.engine.edit;

/**
 * What sending edits to the server took, counted on the phone since it opened: {@code attempts}
 * calls made, answered {@code applied}, {@code conflicts} and {@code refused} (403), and
 * {@code unanswered} calls (lost request or answer) that the same editId replays later.
 */
public record ReplayCounters(long attempts, long applied, long conflicts, long refused, long unanswered) {
    public static final ReplayCounters NONE = new ReplayCounters(0, 0, 0, 0, 0);

    public ReplayCounters plus(ReplayCounters o) {
        return new ReplayCounters(attempts + o.attempts, applied + o.applied, conflicts + o.conflicts,
                refused + o.refused, unanswered + o.unanswered);
    }
}
