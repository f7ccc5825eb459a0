package com.roamvault.device.ui.simulator;

import com.roamvault.device.engine.Device;
import com.roamvault.device.guided.GuidedStory;
import com.roamvault.device.guided.RecordHands;
import com.roamvault.device.scenario.RunOptions;
import java.util.List;
import java.util.Optional;

/** Where new phones come from: the server they pair with, its users, and the folders phones live in. */
public interface PhoneSource {

    /** Users a new phone can be paired to (the add-phone choice). */
    List<String> usernames();

    /**
     * Opens a new phone, paired with {@code username}'s pairing code, or unpaired when null.
     * Blocking (files, network): call it off the UI thread.
     */
    Device open(String username);

    /** A hint shown beside a phone for demo users (their documented master password), if any. */
    Optional<String> hint(String username);

    /** The documented master password of a demo user (demo servers only), to log phones in without typing. */
    default Optional<String> masterPassword(String username) {
        return Optional.empty();
    }

    /**
     * The guided demo's story told on {@code phone} (paired to {@code username}), when the simulator
     * knows that user's master password and has the server's admin API; the user's offline use of
     * records goes through {@code hands} (the phone's screens).
     */
    default Optional<GuidedStory> missionStory(Device phone, String username, RecordHands hands) {
        return Optional.empty();
    }

    /** "https://127.0.0.1:8443 (embedded demo)" and the like. */
    String serverDescription();

    /** How scenario files run from the UI: their own server unless the simulator uses a running one. */
    RunOptions scenarioOptions();
}
