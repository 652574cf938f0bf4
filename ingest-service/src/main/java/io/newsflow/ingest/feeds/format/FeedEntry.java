package io.newsflow.ingest.feeds.format;

import java.time.Instant;
import java.util.List;

/**
 * One item of a feed, whatever its format, before it becomes a raw article event. Text fields are plain
 * text (markup already removed); null where the feed does not say.
 *
 * @param guid        the item's own id (RSS guid, Atom id, ninjs uri, NewsML-G2 guid); null if it has none
 * @param link        the article's web address, if any
 * @param headline    the item's headline or title; for an item that has none, the first sentence of its
 *                    summary or body (at most 12 words); null only for a retraction that carries no text
 * @param body        the full text when the feed carries it (content:encoded, Atom content, ninjs body,
 *                    NewsML-G2 inline XHTML/text); null when the feed only has a summary
 * @param summary     the summary or description, if any
 * @param byline      author(s) as one natural-language string
 * @param published   first publication time
 * @param updated     time of this version
 * @param version     the item's version as the feed states it (ninjs version, NewsML-G2 version); null if none
 * @param pubStatus   ninjs pubStatus: usable, withheld or canceled (NewsML-G2 stat:usable/withheld/canceled
 *                    mapped); null means usable
 * @param language    BCP 47 language tag, if stated
 * @param subjects    subject codes the provider assigned (e.g. medtop:11000000 with its name)
 * @param dateProblem non-null when a date was present but could not be parsed: what it said; that date
 *                    field is then null, and the poller uses the fetch time and counts the problem
 *                    ({@link FeedDates} lists the formats that parse)
 */
public record FeedEntry(String guid, String link, String headline, String body, String summary, String byline,
                        Instant published, Instant updated, String version, String pubStatus, String language,
                        List<Subject> subjects, String dateProblem) {

    public FeedEntry {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }

    /** A subject code as the provider gave it; {@code qcode} like {@code medtop:20000106}, name in English. */
    public record Subject(String qcode, String name) {
    }

    /** True when only a summary is available, so fetching the linked page would give the article. */
    public boolean summaryOnly() {
        return (body == null || body.isBlank()) && link != null;
    }
}
