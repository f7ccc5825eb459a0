package com.roamvault.protocol.policy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The policy fields a phone enforces offline, as the vault core signs them into a lease (API.md
 * {@code lease.terms}): exactly the catalogue's {@link MobileOption#signedIntoLease()} options, keyed
 * by {@link MobileOption#key()}, in catalogue order. Derived from the catalogue, so a new offline
 * option is signed without touching this class.
 */
public final class LeaseTerms {
    /** The signed options, in catalogue order. */
    public static final List<MobileOption> OPTIONS =
            Arrays.stream(MobileOption.values()).filter(MobileOption::signedIntoLease).toList();
    private static final Set<String> KEYS = OPTIONS.stream().map(MobileOption::key).collect(Collectors.toSet());

    private final Map<String, Object> values;

    /** @throws IllegalArgumentException unless {@code values} holds every signed option, valid, and nothing else */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public LeaseTerms(Map<String, Object> values) {
        if (values == null || !values.keySet().equals(KEYS)) {
            throw new IllegalArgumentException("Lease terms must hold exactly " + KEYS);
        }
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (MobileOption option : OPTIONS) {
            Object value = values.get(option.key());
            String problem = value == null ? "is missing" : option.problem(value);
            if (problem != null) {
                throw new IllegalArgumentException("Lease term " + option.key() + " " + problem);
            }
            ordered.put(option.key(), value);
        }
        this.values = Collections.unmodifiableMap(ordered);
    }

    /** The terms of a user's effective policy. */
    public static LeaseTerms of(MobilePolicy policy) {
        Map<String, Object> values = new LinkedHashMap<>();
        OPTIONS.forEach(o -> values.put(o.key(), policy.value(o)));
        return new LeaseTerms(values);
    }

    /** The JSON object: option key to value, in catalogue order. */
    @JsonValue
    public Map<String, Object> values() {
        return values;
    }

    public Object value(MobileOption option) {
        return values.get(option.key());
    }

    /** True when every signed field of {@code policy} equals its term. */
    public boolean matches(MobilePolicy policy) {
        return policy != null && OPTIONS.stream().allMatch(o -> values.get(o.key()).equals(policy.value(o)));
    }

    /** The signed options whose value in {@code policy} differs from its term (for the refusal's detail). */
    public List<String> differences(MobilePolicy policy) {
        return OPTIONS.stream().filter(o -> policy == null || !values.get(o.key()).equals(policy.value(o)))
                .map(MobileOption::key).toList();
    }

    /** {@code policy} with every signed field taken from these terms: what a phone obeys. */
    public MobilePolicy applyTo(MobilePolicy policy) {
        return OptionRecords.build(MobilePolicy.class, o -> o.signedIntoLease() ? values.get(o.key()) : policy.value(o));
    }

    /** One {@code key=value} line per term, in catalogue order, for the lease's canonical bytes. */
    public List<String> canonicalLines() {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LeaseTerms other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "LeaseTerms" + values;
    }
}
