package com.roamvault.protocol.otp;

/** The HMAC hashes RFC 6238 allows, by their name in an otpauth URI and in the JCA. */
public enum OtpAlgorithm {
    SHA1("HmacSHA1"),
    SHA256("HmacSHA256"),
    SHA512("HmacSHA512");

    private final String macName;

    OtpAlgorithm(String macName) {
        this.macName = macName;
    }

    /** The name {@link javax.crypto.Mac#getInstance(String)} knows this hash by. */
    public String macName() {
        return macName;
    }
}
