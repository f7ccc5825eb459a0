package com.roamvault.device.scenario;

/** A failed check: the scenario fails at this step. */
final class ExpectationFailed extends RuntimeException {
    ExpectationFailed(String message) {
        super(message);
    }
}
