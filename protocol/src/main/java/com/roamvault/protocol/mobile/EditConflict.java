package com.roamvault.protocol.mobile;

/**
 * The 409 body of a stale edit: the usual error fields plus the record as the server now holds it
 * (the phone's own version is kept in the record's history, marked as a conflict).
 */
public record EditConflict(String error, String message, RecordDto current) {
}
