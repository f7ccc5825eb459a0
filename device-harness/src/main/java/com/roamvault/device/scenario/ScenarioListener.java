package com.roamvault.device.scenario;

import com.roamvault.device.engine.Device;
import java.util.Map;

/**
 * Watches a run step by step (the phone UI shows the scenario's phones as it plays). Called on the
 * runner's thread; a listener may pause there to let people watch. The devices are closed after
 * {@link #scenarioFinished}.
 */
public interface ScenarioListener {
    ScenarioListener NONE = new ScenarioListener() {
    };

    /** The scenario's world is ready: its phones by name, before the first step. */
    default void scenarioStarted(String name, Map<String, Device> devices) {
    }

    default void stepStarted(StepSpec step) {
    }

    default void stepFinished(ScenarioResult.StepOutcome outcome) {
    }

    default void scenarioFinished(ScenarioResult result) {
    }
}
