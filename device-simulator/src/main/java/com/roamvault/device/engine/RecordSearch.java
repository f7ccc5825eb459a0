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
        String[] words = Device.lower(text).strip().split("\\s+");
        Map<Long, String> listNames = contents.lists().stream()
                .collect(Collectors.toMap(ListDto::listId, ListDto::name, (a, b) -> a));
        return contents.records().stream().filter(r -> {
            String haystack = String.join(" ", Device.lower(r.title()), Device.lower(r.username()),
                    Device.lower(r.url()), Device.lower(r.domain()), Device.lower(listNames.get(r.listId())));
            for (String w : words) {
                if (!w.isEmpty() && !haystack.contains(w)) {
                    return false;
                }
            }
            return true;
        }).toList();
    }
}
