package io.newsflow.ingest.feeds.format;

import io.newsflow.common.ninjs.PubStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of one feed item as a parser finds them, before {@link FeedItems} decides whether it becomes a
 * {@link FeedEntry}. Blank text counts as absent; dates are given as the feed wrote them.
 */
final class EntryDraft {
    private String guid;
    private String link;
    private String headline;
    private String body;
    private String summary;
    private String byline;
    private String version;
    private String pubStatus;
    private String language;
    private final List<FeedEntry.Subject> subjects = new ArrayList<>();
    private Instant published;
    private Instant updated;
    private String dateProblem;

    EntryDraft guid(String value) {
        guid = blankToNull(value);
        return this;
    }

    EntryDraft link(String value) {
        link = blankToNull(value);
        return this;
    }

    EntryDraft headline(String value) {
        headline = blankToNull(value);
        return this;
    }

    EntryDraft body(String value) {
        body = blankToNull(value);
        return this;
    }

    EntryDraft summary(String value) {
        summary = blankToNull(value);
        return this;
    }

    EntryDraft byline(String value) {
        byline = blankToNull(value);
        return this;
    }

    EntryDraft version(String value) {
        version = blankToNull(value);
        return this;
    }

    EntryDraft pubStatus(String value) {
        pubStatus = blankToNull(value);
        return this;
    }

    EntryDraft language(String value) {
        language = blankToNull(value);
        return this;
    }

    EntryDraft subject(String qcode, String name) {
        if (blankToNull(qcode) != null || blankToNull(name) != null) {
            subjects.add(new FeedEntry.Subject(blankToNull(qcode), blankToNull(name)));
        }
        return this;
    }

    /** The first publication time as the feed wrote it; the first one that does not parse is kept as the problem. */
    EntryDraft published(String raw) {
        published = parsed(raw, published);
        return this;
    }

    /** The time of this version as the feed wrote it. */
    EntryDraft updated(String raw) {
        updated = parsed(raw, updated);
        return this;
    }

    String guid() {
        return guid;
    }

    String link() {
        return link;
    }

    String headline() {
        return headline;
    }

    String body() {
        return body;
    }

    String summary() {
        return summary;
    }

    String pubStatus() {
        return pubStatus;
    }

    boolean isRetraction() {
        return PubStatus.isRetraction(pubStatus);
    }

    boolean hasText() {
        return body != null || summary != null;
    }

    /** How to find the item in the feed: its guid, else its link, else its position (1-based). */
    String reference(int position) {
        return guid != null ? guid : link != null ? link : "item " + position;
    }

    FeedEntry toEntry(String finalHeadline) {
        return new FeedEntry(guid, link, finalHeadline, body, summary, byline, published, updated, version,
                pubStatus, language, subjects, dateProblem);
    }

    private Instant parsed(String raw, Instant current) {
        if (raw == null || raw.isBlank()) {
            return current;
        }
        Instant instant = FeedDates.parse(raw).orElse(null);
        if (instant == null && dateProblem == null) {
            dateProblem = raw.strip();
        }
        return instant == null ? current : instant;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
