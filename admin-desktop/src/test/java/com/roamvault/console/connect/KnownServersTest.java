package com.roamvault.console.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownServersTest {
    private static final String PIN = "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    @TempDir
    Path dir;

    @Test
    void missingFileMeansNoServers() {
        assertThat(new KnownServers(dir.resolve("roamvault/servers.json")).load()).isEmpty();
    }

    @Test
    void remembersMostRecentFirstWithoutDuplicatesAndForgets() throws Exception {
        KnownServers store = new KnownServers(dir.resolve("roamvault/servers.json"));
        store.remember(new KnownServer("https://a:8443", PIN));
        store.remember(new KnownServer("https://b:8443", PIN));
        store.remember(new KnownServer("https://a:8443", PIN));

        assertThat(new KnownServers(store.file()).load()).extracting(KnownServer::url)
                .containsExactly("https://a:8443", "https://b:8443");

        store.forget(new KnownServer("https://a:8443", PIN));
        assertThat(store.load()).extracting(KnownServer::url).containsExactly("https://b:8443");
    }

    @Test
    void unreadableFileMeansNoServersRatherThanACrash() throws Exception {
        Path file = dir.resolve("servers.json");
        Files.writeString(file, "{not json");

        assertThat(new KnownServers(file).load()).isEmpty();
    }
}
