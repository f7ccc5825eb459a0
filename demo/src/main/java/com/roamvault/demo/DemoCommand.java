package com.roamvault.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments {@code ./roamvault demo} starts the admin console and the phone simulator with, in
 * one place: the script prints them from here (one per line) and the wiring test launches both
 * programs with the very same lists, so the two cannot drift apart. Plain Java with no dependency,
 * so the script runs it from {@code demo/target/roamvault-demo.jar} in a blink.
 *
 * <pre>
 * java -jar roamvault-demo.jar console URL PIN           arguments of roamvault-console.jar
 * java -jar roamvault-demo.jar phones URL PIN [--guided]  arguments of roamvault-device.jar
 * java -jar roamvault-demo.jar admin-password             the demo admin's password
 * </pre>
 */
public final class DemoCommand {
    /** The demo admin's documented password (the server's {@code --demo} seeds it). */
    public static final String ADMIN_PASSWORD = "roamvault-demo-admin-2026";
    /** Where the console reads the password it connects with (never on its command line). */
    public static final String CONSOLE_PASSWORD_ENV = "ROAMVAULT_CONSOLE_PASSWORD";
    /** The demo users who get a phone, paired and logged in; the first is the guided demo's. */
    public static final List<String> PHONE_USERS = List.of("CORP\\jsmith", "CORP\\amorgan");

    private DemoCommand() {
    }

    /** {@code roamvault-console.jar} connected as the demo admin (password from {@link #CONSOLE_PASSWORD_ENV}). */
    public static List<String> console(String url, String pin) {
        return List.of("--server-url=" + url, "--pin=" + pin, "--user=admin");
    }

    /** {@code roamvault-device.jar} running the phone UI with the demo phones, logged in; optionally the guided demo open. */
    public static List<String> phones(String url, String pin, boolean guided) {
        List<String> args = new ArrayList<>(List.of("ui", "--server-url", url, "--pin", pin,
                "--admin-password", ADMIN_PASSWORD, "--demo-users"));
        PHONE_USERS.forEach(user -> {
            args.add("--phone");
            args.add(user);
        });
        if (guided) {
            args.add("--guided");
        }
        return args;
    }

    public static void main(String[] args) {
        List<String> out = switch (args.length == 0 ? "" : args[0]) {
            case "console" -> args.length == 3 ? console(args[1], args[2]) : null;
            case "phones" -> args.length == 3 || args.length == 4 && args[3].equals("--guided")
                    ? phones(args[1], args[2], args.length == 4) : null;
            case "admin-password" -> List.of(ADMIN_PASSWORD);
            default -> null;
        };
        if (out == null) {
            System.err.println("usage: DemoCommand console URL PIN | phones URL PIN [--guided] | admin-password");
            System.exit(2);
        }
        out.forEach(System.out::println);
    }
}
