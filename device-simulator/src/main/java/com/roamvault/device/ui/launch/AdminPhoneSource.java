package com.roamvault.device.ui.launch;

import com.roamvault.client.admin.AdminClient;
import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.DeviceOptions;
import com.roamvault.device.engine.crypto.Argon2Kdf;
import com.roamvault.device.guided.GuidedStory;
import com.roamvault.device.guided.MissionStory;
import com.roamvault.device.guided.RecordHands;
import com.roamvault.device.scenario.AdminCall;
import com.roamvault.device.scenario.RunOptions;
import com.roamvault.device.ui.simulator.PhoneSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Phones for a server the simulator's administrator can reach: each new phone gets its own folder
 * and, for a user, that user's pairing code from the admin API (as the admin console shows it).
 * A demo user's phone comes with {@link #DEMO_FINGER} enrolled, so finger unlock shows without set-up.
 */
public final class AdminPhoneSource implements PhoneSource {
    /** The finger a demo user's phone has enrolled from the start. */
    public static final String DEMO_FINGER = "right-thumb";

    private final AdminClient admin;
    private final Path phonesDir;
    private final Argon2Kdf kdf;
    private final List<String> usernames;
    private final Map<String, String> hints;
    private final String description;
    private final RunOptions scenarioOptions;
    private final Map<String, String> masterPasswords;

    public AdminPhoneSource(AdminClient admin, Path phonesDir, Argon2Kdf kdf, List<String> usernames,
                            Map<String, String> hints, String description, RunOptions scenarioOptions) {
        this(admin, phonesDir, kdf, usernames, hints, description, scenarioOptions, Map.of());
    }

    /** @param masterPasswords demo users' documented master passwords (keys as the server spells the names) */
    public AdminPhoneSource(AdminClient admin, Path phonesDir, Argon2Kdf kdf, List<String> usernames,
                            Map<String, String> hints, String description, RunOptions scenarioOptions,
                            Map<String, String> masterPasswords) {
        this.masterPasswords = Map.copyOf(masterPasswords);
        this.admin = admin;
        this.phonesDir = phonesDir;
        this.kdf = kdf;
        this.usernames = List.copyOf(usernames);
        this.hints = Map.copyOf(hints);
        this.description = description;
        this.scenarioOptions = scenarioOptions;
    }

    @Override
    public List<String> usernames() {
        return usernames;
    }

    @Override
    public synchronized Device open(String username) {
        String base = username == null ? "phone" : username.replaceAll(".*\\\\", "").toLowerCase(Locale.ROOT) + "-phone";
        try {
            Path folder;
            String name;
            int n = 1;
            do {
                name = base + "-" + n++;
                folder = phonesDir.resolve(name);
            } while (Files.exists(folder));
            Device device = Device.open(Files.createDirectories(folder), DeviceOptions.named(name).withKdf(kdf));
            if (username != null && masterPassword(username).isPresent()) {
                // enrolled before the first login, so that login arms finger unlock at once
                device.qa().enrollFinger(DEMO_FINGER);
            }
            if (username != null) {
                long userId = AdminCall.userId(admin, username);
                device.pair(AdminCall.run("pairing code", () -> admin.users().pairingCode(userId)).uri());
            }
            return device;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<String> hint(String username) {
        return Optional.ofNullable(hints.get(username));
    }

    @Override
    public Optional<String> masterPassword(String username) {
        return masterPasswords.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(username))
                .map(Map.Entry::getValue).findFirst();
    }

    @Override
    public Optional<GuidedStory> missionStory(Device phone, String username, RecordHands hands) {
        return masterPassword(username).map(password -> MissionStory.create(phone, admin, username, password, hands));
    }

    @Override
    public String serverDescription() {
        return description;
    }

    @Override
    public RunOptions scenarioOptions() {
        return scenarioOptions;
    }
}
