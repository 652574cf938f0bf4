package io.newsflow.ingest.feeds.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the items of one feed document and applies the rules every format shares:
 * <ul>
 * <li>A retraction (pubStatus {@code canceled} or {@code withheld}) only has to say which item it withdraws:
 *     it passes with a guid or a link and no text at all, and is rejected as {@code retraction-without-id}
 *     without either, since it could not be matched to anything published.</li>
 * <li>An item with no body, no summary and no link has nothing to publish: {@code missing-text}. With a
 *     link only, it passes ({@link FeedEntry#summaryOnly()}) so a feed configured to fetch pages can do so.</li>
 * <li>An item without a headline gets the first sentence of its summary, else of its body, cut to
 *     {@value LeadHeadline#MAX_WORDS} words (see {@link LeadHeadline}): RSS 2.0 allows items without a title,
 *     and dropping them would silently lose news. With no text to take one from it is
 *     {@code missing-headline}.</li>
 * <li>An item with neither guid nor link passes; the id rules give it a content id later.</li>
 * <li>A date that does not parse never costs the item (see {@link FeedDates}).</li>
 * </ul>
 * Parsers call {@link #reject} for what they find themselves (an invalid ninjs item, an unreadable one), so
 * one bad item never stops the feed.
 */
final class FeedItems {
    private final List<FeedEntry> entries = new ArrayList<>();
    private final List<RejectedEntry> rejected = new ArrayList<>();

    /** @param position the item's 1-based position in the feed, to name it when it has no guid or link */
    void add(EntryDraft draft, int position) {
        String reference = draft.reference(position);
        if (draft.isRetraction()) {
            if (draft.guid() == null && draft.link() == null) {
                reject("retraction-without-id", reference, "A " + draft.pubStatus() + " item must name the item it "
                        + "withdraws by guid or link; without either it cannot be matched and is left out");
            } else {
                entries.add(draft.toEntry(draft.headline()));
            }
            return;
        }
        if (!draft.hasText() && draft.link() == null) {
            reject("missing-text", reference, "The item has no body, no summary and no link to fetch the "
                    + "article from; the provider has to send its text");
            return;
        }
        String headline = draft.headline() != null ? draft.headline()
                : LeadHeadline.from(draft.summary() != null ? draft.summary() : draft.body());
        if (headline == null) {
            reject("missing-headline", reference, "The item has neither a headline nor text to take one from");
            return;
        }
        entries.add(draft.toEntry(headline));
    }

    void reject(String reason, String itemRef, String detail) {
        rejected.add(new RejectedEntry(reason, itemRef, detail));
    }

    FeedParseResult result() {
        return new FeedParseResult(entries, rejected);
    }
}
