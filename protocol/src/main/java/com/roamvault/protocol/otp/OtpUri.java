package com.roamvault.protocol.otp;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A time-based one-time-password key as authenticator apps share it (Google's Key URI format):
 * {@code otpauth://totp/LABEL?secret=<base32>&issuer=..&algorithm=SHA1|SHA256|SHA512&digits=6..8&period=N}.
 * Defaults are SHA1, 6 digits and 30 seconds. The period may be 1 to {@value #MAX_PERIOD_SECONDS}
 * seconds: longer codes no app shows. Unknown parameters (an app's {@code image}, say) are ignored.
 * Neither {@link #toString()} nor any {@link InvalidOtpUriException} shows the secret.
 */
public final class OtpUri {
    public static final int MIN_DIGITS = 6;
    public static final int MAX_DIGITS = 8;
    public static final int MAX_PERIOD_SECONDS = 300;
    private static final String SCHEME = "otpauth://";
    /** Parameters whose repetition would leave the key ambiguous. */
    private static final Set<String> KNOWN = Set.of("secret", "issuer", "algorithm", "digits", "period");

    private final String label;
    private final String issuer;
    private final OtpAlgorithm algorithm;
    private final int digits;
    private final int periodSeconds;
    private final byte[] secret;

    private OtpUri(String label, String issuer, OtpAlgorithm algorithm, int digits, int periodSeconds,
            byte[] secret) {
        this.label = label;
        this.issuer = issuer;
        this.algorithm = algorithm;
        this.digits = digits;
        this.periodSeconds = periodSeconds;
        this.secret = secret;
    }

    /** The key the URI describes; {@link InvalidOtpUriException} says for a person what is wrong. */
    public static OtpUri parse(String uri) {
        if (uri == null || uri.isBlank()) {
            throw new InvalidOtpUriException("the OTP URI is empty");
        }
        String text = uri.strip();
        if (!text.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new InvalidOtpUriException("the OTP URI must start with otpauth://totp/");
        }
        String rest = text.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        String type = (slash < 0 ? rest.replaceFirst("\\?.*", "") : rest.substring(0, slash)).toLowerCase(Locale.ROOT);
        if (type.equals("hotp")) {
            throw new InvalidOtpUriException("counter-based (HOTP) codes are not supported, only time-based (TOTP)");
        }
        if (!type.equals("totp") || slash < 0) {
            throw new InvalidOtpUriException("the OTP URI must start with otpauth://totp/");
        }
        int query = rest.indexOf('?', slash);
        String label = decode(rest.substring(slash + 1, query < 0 ? rest.length() : query).replace("+", "%2B"));
        Map<String, String> params = query < 0 ? Map.of() : parameters(rest.substring(query + 1));
        String issuer = params.getOrDefault("issuer", "").isBlank() ? issuerOfLabel(label) : params.get("issuer");
        return new OtpUri(label, issuer == null || issuer.isBlank() ? null : issuer.strip(),
                algorithm(params.get("algorithm")), digits(params.get("digits")), period(params.get("period")),
                secret(params.get("secret")));
    }

    /** Null when the URI is a valid TOTP key, else the sentence saying what is wrong (for a 422's fields). */
    public static String problem(String uri) {
        try {
            parse(uri);
            return null;
        } catch (InvalidOtpUriException e) {
            return e.getMessage();
        }
    }

    /** The label as decoded, often {@code Issuer:account}; empty when the URI has none. */
    public String label() {
        return label;
    }

    /** The {@code issuer} parameter, else the label's part before a colon; null when neither names one. */
    public String issuer() {
        return issuer;
    }

    /** The label's account part: what follows {@code Issuer:}, or the whole label. */
    public String account() {
        int colon = label.indexOf(':');
        return (colon < 0 ? label : label.substring(colon + 1)).strip();
    }

    public OtpAlgorithm algorithm() {
        return algorithm;
    }

    public int digits() {
        return digits;
    }

    public int periodSeconds() {
        return periodSeconds;
    }

    /** A copy of the shared secret, so a caller can wipe it after use. */
    public byte[] secret() {
        return secret.clone();
    }

    @Override
    public String toString() {
        return "OtpUri[label=" + label + ", issuer=" + issuer + ", algorithm=" + algorithm + ", digits=" + digits
                + ", period=" + periodSeconds + "s, secret=(hidden)]";
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> params = new HashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (params.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1))) != null && KNOWN.contains(key)) {
                throw new InvalidOtpUriException("the OTP URI gives the " + key + " twice");
            }
        }
        return params;
    }

    private static String issuerOfLabel(String label) {
        int colon = label.indexOf(':');
        return colon < 0 ? null : label.substring(0, colon);
    }

    private static byte[] secret(String value) {
        if (value == null) {
            throw new InvalidOtpUriException("secret is missing");
        }
        if (value.replace(" ", "").replace("=", "").isEmpty()) {
            throw new InvalidOtpUriException("secret is empty");
        }
        byte[] secret = Base32.decodeOrNull(value);
        if (secret == null) {
            throw new InvalidOtpUriException("secret is not base32 (letters A to Z and digits 2 to 7)");
        }
        return secret;
    }

    private static OtpAlgorithm algorithm(String value) {
        if (value == null) {
            return OtpAlgorithm.SHA1;
        }
        for (OtpAlgorithm algorithm : OtpAlgorithm.values()) {
            if (algorithm.name().equalsIgnoreCase(value.strip())) {
                return algorithm;
            }
        }
        throw new InvalidOtpUriException("algorithm must be SHA1, SHA256 or SHA512");
    }

    private static int digits(String value) {
        int digits = number(value, 6, MIN_DIGITS, MAX_DIGITS);
        if (digits < 0) {
            throw new InvalidOtpUriException("digits must be " + MIN_DIGITS + " to " + MAX_DIGITS);
        }
        return digits;
    }

    private static int period(String value) {
        int period = number(value, 30, 1, MAX_PERIOD_SECONDS);
        if (period < 0) {
            throw new InvalidOtpUriException("period must be 1 to " + MAX_PERIOD_SECONDS + " seconds");
        }
        return period;
    }

    /** The value as a whole number within min..max, the default when absent, or -1 when it is neither. */
    private static int number(String value, int absent, int min, int max) {
        if (value == null) {
            return absent;
        }
        String digits = value.strip();
        if (!digits.matches("[0-9]{1,4}")) {
            return -1;
        }
        int number = Integer.parseInt(digits);
        return number < min || number > max ? -1 : number;
    }

    private static String decode(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidOtpUriException("the OTP URI has a malformed %-escape");
        }
    }
}
