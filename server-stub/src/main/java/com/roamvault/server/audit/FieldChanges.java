package com.roamvault.server.audit;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The "field old->new" list an audit detail names for an admin's change, so the trail says what
 * changed and not only that something did. Never feed it secrets.
 */
public final class FieldChanges {
    private static final int MAX_DETAIL = 1800;

    private final List<String> changes = new ArrayList<>();
    private final String nullLabel;

    public FieldChanges(String nullLabel) {
        this.nullLabel = nullLabel;
    }

    /** Compares two records of the same type component by component. */
    public static <R extends Record> FieldChanges between(R old, R now, String nullLabel) {
        FieldChanges changes = new FieldChanges(nullLabel);
        for (RecordComponent c : old.getClass().getRecordComponents()) {
            try {
                changes.add(c.getName(), c.getAccessor().invoke(old), c.getAccessor().invoke(now));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + c.getName(), e);
            }
        }
        return changes;
    }

    public FieldChanges add(String field, Object old, Object now) {
        if (!Objects.equals(old, now)) {
            changes.add(field + " " + show(old) + "->" + show(now));
        }
        return this;
    }

    /** A change whose values must not be shown (a password): only that it happened. */
    public FieldChanges addHidden(String field, boolean changed) {
        if (changed) {
            changes.add(field + " changed");
        }
        return this;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    @Override
    public String toString() {
        String text = String.join(", ", changes);
        return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "…" : text;
    }

    private String show(Object value) {
        return value == null ? nullLabel : value.toString();
    }
}
