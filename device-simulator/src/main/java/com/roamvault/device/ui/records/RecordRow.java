package com.roamvault.device.ui.records;

/** A line of the record list: a list's header, or a record (never its password). */
public sealed interface RecordRow {

    record Header(String listName, int count) implements RecordRow {
    }

    record Item(long recordId, String title, String username, String url) implements RecordRow {
    }
}
