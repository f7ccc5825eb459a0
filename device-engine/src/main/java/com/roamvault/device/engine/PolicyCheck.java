package com.roamvault.device.engine;

import com.roamvault.device.engine.error.DeviceError;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.protocol.policy.MobileOption;
import com.roamvault.protocol.policy.MobilePolicy;

/**
 * The phone obeys a policy only when every value is one the catalogue allows ({@link MobileOption}):
 * an answer with, say, 10 000 offline days is refused like a lease that does not verify.
 */
final class PolicyCheck {
    private PolicyCheck() {
    }

    static void requireValid(MobilePolicy policy) {
        if (policy == null) {
            throw refused("the server sent no policy");
        }
        for (MobileOption option : MobileOption.perUserOptions()) {
            Object value = policy.value(option);
            String problem = value == null ? "is missing" : option.problem(value);
            if (problem != null) {
                throw refused("the policy's " + option.key() + " " + problem);
            }
        }
    }

    private static DeviceException refused(String why) {
        return new DeviceException(DeviceError.CACHE_TAMPERED, "Refusing the sync: " + why);
    }
}
