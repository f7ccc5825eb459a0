package com.roamvault.console.connect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.roamvault.protocol.Json;
import com.roamvault.ui.settings.SettingsFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The servers the console remembers (address + pin, so the pin is pasted only once), in a small
 * JSON file under the user's config folder. A missing or unreadable file means none.
 */
public final class KnownServers {
    private static final int MAX = 20;
    private final Path file;
    private final ObjectMapper json = Json.lenientMapper();

    public KnownServers(Path file) {
        this.file = file;
    }

    /** {@code $XDG_CONFIG_HOME/roamvault/servers.json}, else {@code ~/.config/roamvault/servers.json}. */
    public static Path defaultFile() {
        return SettingsFolder.path().resolve("servers.json");
    }

    public Path file() {
        return file;
    }

    public List<KnownServer> load() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            Stored stored = json.readValue(file.toFile(), Stored.class);
            return stored.servers() == null ? List.of() : stored.servers().stream()
                    .filter(s -> s.url() != null && s.pin() != null).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Puts {@code server} first (most recently used), replacing an older entry for the same address. */
    public List<KnownServer> remember(KnownServer server) throws IOException {
        List<KnownServer> servers = new ArrayList<>(load());
        servers.removeIf(s -> s.url().equals(server.url()));
        servers.add(0, server);
        return save(servers.subList(0, Math.min(MAX, servers.size())));
    }

    public List<KnownServer> forget(KnownServer server) throws IOException {
        List<KnownServer> servers = new ArrayList<>(load());
        servers.removeIf(s -> s.url().equals(server.url()));
        return save(servers);
    }

    private List<KnownServer> save(List<KnownServer> servers) throws IOException {
        Files.createDirectories(file.getParent());
        // temp file beside the target so the move can be atomic (TOOLCHAIN.md)
        Path tmp = Files.createTempFile(file.getParent(), "servers", ".tmp");
        json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), new Stored(List.copyOf(servers)));
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return List.copyOf(servers);
    }

    private record Stored(List<KnownServer> servers) {
    }
}
