package com.roamvault.device.engine;

import com.roamvault.device.engine.cache.CacheContents;
import com.roamvault.protocol.mobile.ListDto;
import com.roamvault.protocol.mobile.RecordDto;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The phone's instant search: every word must appear in the title, username, URL, domain or list name. */
final class RecordSearch {
    private RecordSearch() {
    }

    static List<RecordDto> matching(CacheContents contents, String text) {
        String[] words = lower(text).strip().split("\\s+");
        Map<Long, String> listNames = contents.lists().stream()
                .collect(Collectors.toMap(ListDto::listId, ListDto::name, (a, b) -> a));
        return contents.records().stream().filter(r -> {
            String haystack = String.join(" ", lower(r.title()), lower(r.username()),
                    lower(r.url()), lower(r.domain()), lower(listNames.get(r.listId())));
            for (String w : words) {
                if (!w.isEmpty() && !haystack.contains(w)) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(java.util.Locale.ROOT);
    }
}
