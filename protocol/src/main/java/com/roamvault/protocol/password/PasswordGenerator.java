package com.roamvault.protocol.password;

import java.security.SecureRandom;
import java.util.List;

/**
 * Random passwords by Passwordstate's rules ({@code /api/generatepassword}): upper and lower case letters,
 * digits and symbols, each at least once, every character drawn uniformly from its class by a CSPRNG.
 * The server and the phone (offline) both use this class, so it needs nothing beyond the JDK.
 */
public final class PasswordGenerator {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    public static final int DEFAULT_LENGTH = 20;
    public static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    public static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    public static final String DIGITS = "0123456789";
    /**
     * Printable ASCII punctuation that survives a shell's double quotes and a JSON string unescaped:
     * no space, quotes, backslash, backtick or dollar sign.
     */
    public static final String SYMBOLS = "!#%&()*+,-./:;<=>?@[]^_{|}~";
    /** Every character a password may hold; after the one-per-class characters, each is equally likely. */
    public static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;
    private static final List<String> CLASSES = List.of(UPPER, LOWER, DIGITS, SYMBOLS);

    private final SecureRandom random;

    public PasswordGenerator() {
        this(new SecureRandom());
    }

    public PasswordGenerator(SecureRandom random) {
        this.random = random;
    }

    public String generate() {
        return generate(DEFAULT_LENGTH);
    }

    /** A password of exactly that many characters, {@value #MIN_LENGTH} to {@value #MAX_LENGTH}. */
    public String generate(int length) {
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "a password must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long, not " + length);
        }
        char[] password = new char[length];
        for (int i = 0; i < CLASSES.size(); i++) {
            password[i] = pick(CLASSES.get(i));
        }
        for (int i = CLASSES.size(); i < length; i++) {
            password[i] = pick(ALL);
        }
        shuffle(password);
        return new String(password);
    }

    private char pick(String characters) {
        return characters.charAt(random.nextInt(characters.length()));
    }

    /** Fisher–Yates, so the guaranteed characters may land anywhere. */
    private void shuffle(char[] password) {
        for (int i = password.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char swap = password[i];
            password[i] = password[j];
            password[j] = swap;
        }
    }
}
