package com.roamvault.server.policy;

import com.roamvault.protocol.policy.MobileOption;
import com.roamvault.protocol.policy.OptionType;
import com.roamvault.server.store.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The SQL columns of the mobile options: each option's key in snake case (offlineCacheDays → offline_cache_days). */
final class OptionColumns {
    private OptionColumns() {
    }

    static String column(MobileOption option) {
        return option.key().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }

    /** "a, b, c" for a SELECT or INSERT. */
    static String list(List<MobileOption> options) {
        return options.stream().map(OptionColumns::column).collect(Collectors.joining(", "));
    }

    /** "a = ?, b = ?" for an UPDATE. */
    static String assignments(List<MobileOption> options) {
        return options.stream().map(o -> column(o) + " = ?").collect(Collectors.joining(", "));
    }

    /** The options' values in one row, null where the column is NULL. */
    static Map<MobileOption, Object> read(ResultSet rs, List<MobileOption> options) throws SQLException {
        Map<MobileOption, Object> values = new LinkedHashMap<>();
        for (MobileOption option : options) {
            values.put(option, switch (option.type()) {
                case OptionType.Bool b -> Sql.nullableBoolean(rs, column(option));
                case OptionType.Int i -> Sql.nullableInt(rs, column(option));
                case OptionType.Choice c -> rs.getString(column(option));
                case OptionType.Networks n -> splitList(rs.getString(column(option)));
            });
        }
        return values;
    }

    /** An option's value as its column holds it: a list of networks is one comma-separated text. */
    static Object toColumn(Object value) {
        return value instanceof List<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(",")) : value;
    }

    private static List<String> splitList(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split(","));
    }
}
