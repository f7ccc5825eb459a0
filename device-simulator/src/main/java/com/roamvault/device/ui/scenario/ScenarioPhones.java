package com.roamvault.device.ui.scenario;

import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.DeviceSnapshot;
import java.util.Map;

/** Where a running scenario's phones appear (the simulator shows them beside the others), by name. */
@FunctionalInterface
public interface ScenarioPhones {

    /** Replaces the previous scenario's phones with these, each with the snapshot taken when it opened. */
    void show(Map<String, Device> devices, Map<String, DeviceSnapshot> snapshots);
}
