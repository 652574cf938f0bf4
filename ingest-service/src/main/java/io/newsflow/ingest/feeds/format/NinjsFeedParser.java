package io.newsflow.ingest.feeds.format;

import io.newsflow.common.ninjs.NinjsReader;
import io.newsflow.common.ninjs.NinjsValidationException;
import io.newsflow.common.serde.EventJson;
import io.newsflow.ingest.web.text.TextDecoder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * IPTC ninjs feeds: one item, a JSON array of items, or an object whose {@code items} or {@code data} array
 * holds them. Each item is read by its version: ninjs 3.x items through {@link NinjsReader} (validated against
 * the official schema), ninjs 1.x/2.x items (lower-case names such as {@code headline}, {@code body_text},
 * {@code versioncreated}, {@code pubstatus}) by {@link Ninjs2Items}. An item that is not valid becomes a
 * rejected entry with reason {@code invalid-ninjs}; the others are read on.
 */
public final class NinjsFeedParser implements FeedParser {
    static final String INVALID = "invalid-ninjs";

    private final NinjsReader reader = new NinjsReader();

    @Override
    public FeedParseResult parse(byte[] document, String contentType) {
        JsonNode root;
        try {
            root = EventJson.mapper().readTree(TextDecoder.decode(document, contentType));
        } catch (JacksonException e) {
            throw new FeedFormatException("not-json", "The ninjs feed is not JSON (" + e.getOriginalMessage()
                    + "); check the feed URL and format", e);
        }
        FeedItems feed = new FeedItems();
        int position = 0;
        for (JsonNode item : items(root)) {
            position++;
            String reference = item.path("uri").isString() ? item.path("uri").asString() : "item " + position;
            try {
                if (!item.isObject()) {
                    feed.reject(INVALID, reference, "A ninjs item must be a JSON object");
                } else if (Ninjs2Items.isNinjs2(item)) {
                    feed.add(Ninjs2Items.draft(item), position);
                } else {
                    feed.add(Ninjs3Items.draft(reader.read(EventJson.mapper().writeValueAsString(item)), item),
                            position);
                }
            } catch (NinjsValidationException | Ninjs2Items.InvalidItemException e) {
                feed.reject(INVALID, reference, e.getMessage());
            } catch (RuntimeException e) {
                feed.reject("unreadable-item", reference, String.valueOf(e.getMessage()));
            }
        }
        return feed.result();
    }

    private static List<JsonNode> items(JsonNode root) {
        if (root.isArray()) {
            return new ArrayList<>(root.values());
        }
        if (!root.isObject()) {
            throw new FeedFormatException("not-ninjs", "A ninjs feed is an item, an array of items or an object "
                    + "with an \"items\" or \"data\" array; this document is a JSON " + root.getNodeType());
        }
        for (String container : List.of("items", "data")) {
            if (root.path(container).isArray()) {
                return new ArrayList<>(root.path(container).values());
            }
        }
        return List.of(root);
    }
}
