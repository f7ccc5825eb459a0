package com.roamvault.console.audit;

import com.roamvault.client.admin.AuditFilter;
import com.roamvault.protocol.audit.AuditActions;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the filter bar holds, before Apply: free text, choices where "any" means no filter, and
 * calendar days in the admin's zone that become instants ({@code to} includes its whole day).
 */
public final class AuditFilters {
    public static final String ANY = "any";
    /** Every action of protocol's AuditActions, alphabetically, after "any". */
    public static final List<String> ACTIONS = withAny(actionNames());
    /** The server's audit platforms: which component recorded the event (not the phone's OS). */
    public static final List<String> PLATFORMS = withAny(AuditActions.PLATFORMS.stream().sorted().toList());
    public static final List<String> ORIGINS = List.of(ANY, "online", "offline");

    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty action = new SimpleStringProperty(ANY);
    private final StringProperty platform = new SimpleStringProperty(ANY);
    private final StringProperty origin = new SimpleStringProperty(ANY);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");

    /** The query these filters stand for; blank and "any" leave a filter out. */
    public AuditFilter toQuery(ZoneId zone) {
        Instant start = from.get() == null ? null : from.get().atStartOfDay(zone).toInstant();
        // inclusive of the whole "to" day: up to its last millisecond (the server stores millis)
        Instant end = to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
        // the user field finds events by that user and about them (what admins did to the account)
        return new AuditFilter(null, blankToNull(user.get()), choice(action.get()), choice(platform.get()),
                choice(origin.get()), start, end, blankToNull(text.get()));
    }

    public void clear() {
        user.set("");
        action.set(ANY);
        platform.set(ANY);
        origin.set(ANY);
        from.set(null);
        to.set(null);
        text.set("");
    }

    private static String choice(String value) {
        return value == null || ANY.equals(value) ? null : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> withAny(List<String> values) {
        List<String> all = new ArrayList<>(values.size() + 1);
        all.add(ANY);
        all.addAll(values);
        return List.copyOf(all);
    }

    /** Read from the constants, so an action added to the protocol appears here without a second list. */
    private static List<String> actionNames() {
        return Arrays.stream(AuditActions.class.getFields())
                .filter(f -> f.getType() == String.class && Modifier.isStatic(f.getModifiers()))
                .map(AuditFilters::constant)
                .sorted()
                .toList();
    }

    private static String constant(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty actionProperty() {
        return action;
    }

    public StringProperty platformProperty() {
        return platform;
    }

    public StringProperty originProperty() {
        return origin;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty textProperty() {
        return text;
    }
}
