package com.roamvault.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import javafx.beans.value.ObservableValue;

/**
 * The remembered {@link SchemeChoice}: key {@code scheme} of a small properties file whose other keys
 * it keeps. A missing or unreadable file means {@link SchemeChoice#SYSTEM}. {@link #inMemory()}
 * remembers for the run only (tests, and windows that should not touch the user's settings).
 */
public final class SchemeFile {
    private static final String KEY = "scheme";
    private final Path file;
    private SchemeChoice choice;

    private SchemeFile(Path file, SchemeChoice choice) {
        this.file = file;
        this.choice = choice;
    }

    public static SchemeFile in(Path file) {
        return new SchemeFile(file, SchemeChoice.parse(read(file).getProperty(KEY)));
    }

    public static SchemeFile inMemory() {
        return new SchemeFile(null, SchemeChoice.SYSTEM);
    }

    public SchemeChoice choice() {
        return choice;
    }

    public void save(SchemeChoice choice) throws IOException {
        this.choice = choice;
        if (file == null) {
            return;
        }
        Properties properties = read(file);
        properties.setProperty(KEY, choice.stored());
        Files.createDirectories(file.toAbsolutePath().getParent());
        // temp file beside the target so the move can be atomic (TOOLCHAIN.md)
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "scheme", ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            properties.store(out, "Roamvault");
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Saves every later change of {@code choice}; failing to only costs the memory of it, so it is reported, not fatal. */
    public void rememberChangesOf(ObservableValue<SchemeChoice> choice) {
        choice.addListener((obs, old, now) -> {
            try {
                save(now == null ? SchemeChoice.SYSTEM : now);
            } catch (IOException e) {
                System.err.println("The colour scheme could not be remembered: " + e.getMessage());
            }
        });
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException | IllegalArgumentException e) {
                return new Properties(); // unreadable: follow the desktop, the next choice rewrites it
            }
        }
        return properties;
    }
}
