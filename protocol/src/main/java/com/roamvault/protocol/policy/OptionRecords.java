package com.roamvault.protocol.policy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Reads and builds the option records component by component, each component found in the
 * catalogue by its name: so the records list their options once, as their components.
 */
final class OptionRecords {
    private OptionRecords() {
    }

    /** The catalogue entries of a record's components, in component order. */
    static List<MobileOption> options(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> MobileOption.byKey(c.getName())
                .orElseThrow(() -> new IllegalStateException(type.getSimpleName() + "." + c.getName()
                        + " is not in the MobileOption catalogue"))).toList();
    }

    /** The value of one option in a record; fails for an option the record does not hold. */
    static Object value(Record record, MobileOption option) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(option.key())) {
                try {
                    return c.getAccessor().invoke(record);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + option.key());
    }

    /** A new record whose every component is the value given for its option. */
    static <R extends Record> R build(Class<R> type, Function<MobileOption, Object> values) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] args = options(type).stream().map(values).toArray();
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
