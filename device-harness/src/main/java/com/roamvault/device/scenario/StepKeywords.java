package com.roamvault.device.scenario;

import java.util.List;

/** Every step keyword of SCENARIOS.md. */
final class StepKeywords {
    private StepKeywords() {
    }

    static final List<String> ALL = List.of("pair", "login", "sync", "lock", "logout", "unlock", "changeMasterPassword",
            "enrollFinger", "removeFingers", "network", "advanceClock", "setClock", "advanceServerClock", "view", "reveal",
            "copy", "otp", "edit", "wait", "admin", "expect", "expectAudit", "expectRecord");
}
