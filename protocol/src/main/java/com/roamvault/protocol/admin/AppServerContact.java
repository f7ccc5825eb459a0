package com.roamvault.protocol.admin;

import java.time.Instant;

/**
 * One DMZ App Server a core lets in: the pin of its client key and when it last sent the core a
 * request ({@code null}: not since the core started).
 */
public record AppServerContact(String pin, Instant lastContactAt) {
}
