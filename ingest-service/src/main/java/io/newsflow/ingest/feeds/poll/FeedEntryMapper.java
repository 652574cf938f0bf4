package io.newsflow.ingest.feeds.poll;

import io.newsflow.common.article.ArticleIdentity;
import io.newsflow.common.article.ArticleIds;
import io.newsflow.common.article.ArticleValidationException;
import io.newsflow.common.article.ArticleViolation;
import io.newsflow.common.article.ContentHash;
import io.newsflow.common.article.LanguageTags;
import io.newsflow.common.article.RawArticleFactory;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.event.SourceInfo;
import io.newsflow.common.ninjs.NinjsItem;
import io.newsflow.common.ninjs.IptcQcodes;
import io.newsflow.common.ninjs.NinjsSubject;
import io.newsflow.common.ninjs.NinjsText;
import io.newsflow.common.ninjs.PubStatus;
import io.newsflow.ingest.feeds.config.FeedsProperties.Feed;
import io.newsflow.ingest.feeds.format.FeedEntry;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a feed item into the raw article event newsflow publishes, through the same {@link RawArticleFactory}
 * as a pushed ninjs item, so a feed article and a pushed one obey the same default and limit rules. The feed
 * id is the source id; the item's identity is its guid, else its canonical link, else its content hash.
 */
class FeedEntryMapper {
    private static final DateTimeFormatter VERSION_FROM_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final Set<String> PUB_STATUSES = Set.of(PubStatus.USABLE, PubStatus.WITHHELD, PubStatus.CANCELED);
    private static final String TEXT_TYPE = "text";
    private static final String PLAIN_TEXT = "text/plain";

    private final RawArticleFactory factory;
    private final int maxIdChars;

    FeedEntryMapper(RawArticleFactory factory, int maxIdChars) {
        this.factory = factory;
        this.maxIdChars = maxIdChars;
    }

    /**
     * @param fetchedAt when the feed document was fetched: the version time of an item whose dates are missing
     *                  or unreadable
     * @param repairs   collects the reason of every fix made to the item (e.g. {@code unparseable-date})
     * @throws ItemRejectedException when the item cannot become an article
     */
    RawArticleEvent toEvent(Feed feed, FeedEntry entry, Instant fetchedAt, List<String> repairs) {
        String headline = blankToNull(entry.headline());
        // A feed that carries only a summary still says what the story is; publishing it beats dropping it.
        String body = blankToNull(entry.body()) != null ? entry.body().strip() : blankToNull(entry.summary());
        String pubStatus = entry.pubStatus() == null ? PubStatus.USABLE : entry.pubStatus().strip().toLowerCase();
        if (!PUB_STATUSES.contains(pubStatus)) {
            throw new ItemRejectedException("invalid-pub-status", "pubStatus '" + entry.pubStatus()
                    + "' is none of usable, withheld, canceled");
        }
        checkGuid(entry.guid());
        String link = canonicalLink(entry.link(), repairs);
        ArticleIdentity identity = ArticleIds.identify(feed.id(), blankToNull(entry.guid()), link,
                ContentHash.of(headline, body));
        if (entry.dateProblem() != null) {
            repairs.add("unparseable-date");
        }
        String language = entry.language();
        if (language != null && !LanguageTags.isWellFormed(language.strip())) {
            repairs.add("invalid-language");
            language = null;
        }
        Instant versionTime = entry.updated() != null ? entry.updated()
                : entry.published() != null ? entry.published() : fetchedAt;
        NinjsItem item = new NinjsItem(identity.ninjsUri(), TEXT_TYPE, version(entry),
                entry.published() == null ? null : entry.published().toString(), versionTime.toString(), null,
                pubStatus, language == null ? null : language.strip(),
                headline == null ? List.of() : List.of(new NinjsText("main", null, headline, null)),
                body == null ? List.of() : List.of(new NinjsText("text", PLAIN_TEXT, body, null)),
                blankToNull(entry.byline()), null, null, null, null, subjects(entry.subjects()),
                link == null ? null : urlAltId(link));
        try {
            // The feed's name and address belong in the source, and the identity follows the feed rules
            // (guid, else link, else content hash) rather than the ninjs uri rule of a pushed item.
            return factory.fromNinjs(item, new SourceInfo(feed.id(), feed.name(), publicAddress(feed.url())),
                    identity);
        } catch (ArticleValidationException e) {
            throw new ItemRejectedException(reason(e.violations().get(0)), e.getMessage());
        }
    }

    /**
     * The item's own version, else one that grows with each version the feed publishes: the time of this
     * version ({@code updated}, else {@code published}) as UTC digits {@code yyyyMMddHHmmss}, so an Atom entry
     * republished with a newer {@code updated} gets a higher version. An item with neither date keeps the
     * default {@code "1"}: the fetch time would give it a new version on every poll.
     */
    static String version(FeedEntry entry) {
        if (blankToNull(entry.version()) != null) {
            return entry.version().strip();
        }
        Instant versionTime = entry.updated() != null ? entry.updated() : entry.published();
        return versionTime == null ? null : VERSION_FROM_TIME.format(versionTime);
    }

    private void checkGuid(String guid) {
        if (guid == null) {
            return;
        }
        if (guid.chars().anyMatch(Character::isISOControl)) {
            throw new ItemRejectedException("invalid-id", "the item's id contains a control character");
        }
        if (guid.strip().length() > maxIdChars) {
            throw new ItemRejectedException("id-too-long", "the item's id has " + guid.strip().length()
                    + " characters; at most " + maxIdChars + " are accepted");
        }
    }

    private static String canonicalLink(String link, List<String> repairs) {
        if (blankToNull(link) == null) {
            return null;
        }
        try {
            return ArticleIds.canonicalUrl(link);
        } catch (IllegalArgumentException e) {
            repairs.add("invalid-link");
            return null;
        }
    }

    private static List<NinjsSubject> subjects(List<FeedEntry.Subject> subjects) {
        List<NinjsSubject> ninjs = new ArrayList<>();
        for (FeedEntry.Subject subject : subjects) {
            if (blankToNull(subject.qcode()) != null) {
                ninjs.add(IptcQcodes.subject(subject.qcode(), blankToNull(subject.name())));
            }
        }
        return ninjs;
    }

    private static Map<String, Object> urlAltId(String canonicalLink) {
        Map<String, String> urlId = new LinkedHashMap<>();
        urlId.put("role", "url");
        urlId.put("value", canonicalLink);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("altIds", List.of(urlId));
        return properties;
    }

    /** The feed's address as events show it: wires put API keys in query strings and user info. */
    static String publicAddress(URI url) {
        try {
            return new URI(url.getScheme(), null, url.getHost(), url.getPort(), url.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            return url.getScheme() + "://" + url.getHost();
        }
    }

    private static String reason(ArticleViolation violation) {
        String field = switch (violation.field().replaceAll("[\\[.].*", "")) {
            case "headlines" -> "headline";
            case "bodies" -> "body";
            case "by" -> "byline";
            case "uri" -> "id";
            default -> violation.field().replaceAll("[\\[.].*", "");
        };
        return switch (violation.rule()) {
            case "required" -> "missing-" + field;
            case "max-length" -> field + "-too-long";
            default -> "invalid-" + field;
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
