package com.roamvault.console;

/**
 * {@code java -jar roamvault-console.jar [--server-url=URL --pin=PIN --user=NAME] [--scale=1.5]}: a
 * plain main, so the JavaFX runtime inside the jar starts from the class path. With the password in
 * {@code ROAMVAULT_CONSOLE_PASSWORD} (never on the command line) the console connects by itself;
 * {@code --scale} enlarges everything (see {@link UiScale}).
 */
public final class ConsoleLauncher {
    private ConsoleLauncher() {
    }

    public static void main(String[] args) {
        ConsoleApp.main(args);
    }
}
