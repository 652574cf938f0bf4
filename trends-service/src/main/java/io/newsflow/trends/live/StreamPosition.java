package io.newsflow.trends.live;

import java.util.Map;
import java.util.TreeMap;

/**
 * A position in the enriched topic: the next offset of every partition. It is the SSE event id
 * ({@code 0-17.1-4.2-230}: partition-offset pairs), so a client resuming with {@code Last-Event-ID} gets exactly
 * the articles after the last one it saw.
 */
public record StreamPosition(Map<Integer, Long> nextOffsets) {

    public static StreamPosition parse(String eventId) {
        Map<Integer, Long> offsets = new TreeMap<>();
        if (eventId == null || eventId.isBlank()) {
            return new StreamPosition(offsets);
        }
        for (String pair : eventId.strip().split("\\.")) {
            String[] parts = pair.split("-");
            if (parts.length != 2) {
                throw new IllegalArgumentException("'" + eventId + "' is not a stream position");
            }
            offsets.put(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
        }
        return new StreamPosition(offsets);
    }

    public StreamPosition after(int partition, long offset) {
        Map<Integer, Long> offsets = new TreeMap<>(nextOffsets);
        offsets.put(partition, offset + 1);
        return new StreamPosition(offsets);
    }

    /** Whether the record at partition/offset comes after this position. */
    public boolean isBefore(int partition, long offset) {
        return offset >= nextOffsets.getOrDefault(partition, 0L);
    }

    public String eventId() {
        StringBuilder id = new StringBuilder();
        new TreeMap<>(nextOffsets).forEach((partition, offset) -> {
            if (!id.isEmpty()) {
                id.append('.');
            }
            id.append(partition).append('-').append(offset);
        });
        return id.toString();
    }
}
