package com.roamvault.protocol.admin;

/** The pairing URI and the same as a QR code (PNG, base64). */
public record PairingCode(String uri, String qrPng) {
}
