package io.newsflow.common.article;

import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.event.SourceInfo;
import io.newsflow.common.ninjs.NinjsItem;
import io.newsflow.common.ninjs.NinjsText;
import io.newsflow.common.ninjs.PubStatus;
import io.newsflow.common.plaintext.PlainTextArticle;
import io.newsflow.common.plaintext.PlainTextArticleReader;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what a provider sent (a ninjs item, a {@link SimpleArticle} or plain text) into the
 * {@link RawArticleEvent} newsflow publishes: an article id, a ninjs 3.1 item with newsflow's defaults
 * filled in, the source, the time it was received and the content hash. Every input is checked before
 * anything is built; all problems are reported together in one {@link ArticleValidationException}.
 */
public final class RawArticleFactory {
    private static final String DEFAULT_VERSION = "1";
    private static final String TEXT_TYPE = "text";
    private static final String PLAIN_TEXT = "text/plain";

    private final Clock clock;
    private final ArticleLimits limits;
    private final Map<String, String> sourceNames;
    private final PlainTextArticleReader plainTextReader = new PlainTextArticleReader();

    /**
     * @param clock       gives {@code receivedAt} and the default {@code versionCreated}
     * @param sourceNames display name by source id; a source without one is named by its id
     */
    public RawArticleFactory(Clock clock, ArticleLimits limits, Map<String, String> sourceNames) {
        this.clock = clock;
        this.limits = limits;
        this.sourceNames = Map.copyOf(sourceNames);
    }

    public RawArticleFactory(Clock clock, ArticleLimits limits) {
        this(clock, limits, Map.of());
    }

    /**
     * @param item     a ninjs item that already passed the ninjs schema
     * @param sourceId the source it came through
     * @throws ArticleValidationException when the source id is malformed, a usable item lacks a headline or
     *                                    body, or a field is longer than the {@link ArticleLimits}
     */
    public RawArticleEvent fromNinjs(NinjsItem item, String sourceId) {
        Violations violations = new Violations();
        checkSourceId(sourceId, violations);
        if (isBlank(item.uri())) {
            violations.add("uri", "required", "A ninjs item needs a uri that identifies it across versions");
        }
        checkNinjs(item, violations);
        violations.throwIfAny();
        ArticleIdentity identity = ArticleIds.identify(sourceId, item.uri(), null, contentHashOf(item));
        return build(item, identity, source(sourceId));
    }

    /**
     * An item whose identity its channel decided (a feed item: guid, else canonical link, else content hash,
     * see {@link ArticleIds#identify}) and whose source says more than its id (a feed's name and address).
     * Otherwise held to the same rules and given the same defaults as {@link #fromNinjs(NinjsItem, String)}.
     *
     * @param identity the article's identity; its {@code ninjsUri} becomes the item's {@code uri}
     * @throws ArticleValidationException when the source id is malformed, a usable item lacks a headline or
     *                                    body, or a field is longer than the {@link ArticleLimits}
     */
    public RawArticleEvent fromNinjs(NinjsItem item, SourceInfo source, ArticleIdentity identity) {
        Violations violations = new Violations();
        checkSourceId(source.id(), violations);
        checkNinjs(item, violations);
        violations.throwIfAny();
        return build(item, identity, source);
    }

    private void checkNinjs(NinjsItem item, Violations violations) {
        String headline = item.mainHeadline();
        NinjsText body = item.mainBody();
        // A retraction only has to name the item it withdraws; everything else must be readable text.
        if (!item.isRetraction()) {
            if (isBlank(headline)) {
                violations.add("headlines", "required", "A usable ninjs item needs a headline with a value; "
                        + "to retract an item send pubStatus \"canceled\" or \"withheld\" instead");
            }
            if (body == null || isBlank(body.value())) {
                violations.add("bodies", "required", "A usable ninjs item needs a body with a value; "
                        + "to retract an item send pubStatus \"canceled\" or \"withheld\" instead");
            }
        }
        checkTextsLength("headlines", item.headlines(), limits.maxHeadlineChars(), violations);
        checkTextsLength("bodies", item.bodies(), limits.maxBodyChars(), violations);
        checkMaxLength("by", item.by(), limits.maxBylineChars(), violations);
        checkMaxLength("version", item.version(), limits.maxIdChars(), violations);
    }

    private RawArticleEvent build(NinjsItem item, ArticleIdentity identity, SourceInfo source) {
        Instant receivedAt = clock.instant();
        NinjsItem ninjs = new NinjsItem(identity.ninjsUri(), orDefault(item.type(), TEXT_TYPE),
                orDefault(item.version(), DEFAULT_VERSION), item.firstCreated(),
                orDefault(item.versionCreated(), receivedAt.toString()), item.contentCreated(),
                orDefault(item.pubStatus(), PubStatus.USABLE), item.language(), item.headlines(), item.bodies(),
                item.by(), item.located(), item.people(), item.organisations(), item.places(), item.subjects(),
                item.otherProperties());
        return new RawArticleEvent(identity.id(), ninjs, source, receivedAt, contentHashOf(item));
    }

    private static String contentHashOf(NinjsItem item) {
        NinjsText body = item.mainBody();
        return ContentHash.of(item.mainHeadline(), body == null ? null : body.value());
    }

    /**
     * @param article         the simple JSON article
     * @param defaultSourceId the source the request came through; {@link SimpleArticle#source()} overrides it
     * @throws ArticleValidationException listing every field that breaks a rule
     */
    public RawArticleEvent fromSimple(SimpleArticle article, String defaultSourceId) {
        Violations violations = new Violations();
        String sourceId = article.source() != null ? article.source() : defaultSourceId;
        checkSourceId(sourceId, violations);
        checkRequired("headline", article.headline(), limits.maxHeadlineChars(), violations);
        checkRequired("body", article.body(), limits.maxBodyChars(), violations);
        checkMaxLength("byline", article.byline(), limits.maxBylineChars(), violations);
        checkOptionalId("id", article.id(), violations);
        checkOptionalId("version", article.version(), violations);
        String canonicalUrl = canonicalUrl(article.url(), violations);
        String firstCreated = publishedAt(article.publishedAt(), violations);
        checkLanguage(article.language(), violations);
        violations.throwIfAny();

        Instant receivedAt = clock.instant();
        String headline = article.headline().strip();
        String body = article.body().strip();
        String contentHash = ContentHash.of(headline, body);
        ArticleIdentity identity = ArticleIds.identify(sourceId, article.id(), canonicalUrl, contentHash);
        Map<String, Object> otherProperties = new LinkedHashMap<>();
        if (canonicalUrl != null) {
            Map<String, String> urlId = new LinkedHashMap<>();
            urlId.put("role", "url");
            urlId.put("value", canonicalUrl);
            otherProperties.put("altIds", List.of(urlId));
        }
        NinjsItem ninjs = new NinjsItem(identity.ninjsUri(), TEXT_TYPE,
                article.version() == null ? DEFAULT_VERSION : article.version().strip(), firstCreated,
                receivedAt.toString(), null, PubStatus.USABLE, article.language(),
                List.of(new NinjsText("main", null, headline, null)),
                List.of(new NinjsText("text", PLAIN_TEXT, body, null)),
                isBlank(article.byline()) ? null : article.byline().strip(), null, null, null, null, null,
                otherProperties);
        return new RawArticleEvent(identity.id(), ninjs, source(sourceId), receivedAt, contentHash);
    }

    /**
     * @param text     text copied from an article page; the masthead, navigation and datelines are dropped
     * @param sourceId the source it came through
     * @throws ArticleValidationException when no headline and body can be found, they are too long, or the
     *                                    text breaks the {@link TextRules}
     */
    public RawArticleEvent fromPlainText(String text, String sourceId) {
        if (isBlank(text)) {
            throw ArticleValidationException.of("body", "required",
                    "The text is empty; send the headline on the first line and the body below it");
        }
        TextRules.checkPlainText(text).ifPresent(violation -> {
            throw new ArticleValidationException(List.of(violation));
        });
        PlainTextArticle found = plainTextReader.read(text);
        if (found.headlineSource().length() > limits.maxHeadlineChars()) {
            // The headline would be a cut of it: refused like an over-long headline in any other form.
            throw ArticleValidationException.of("headline", "max-length", "The headline is taken from the first "
                    + "line (or its first sentence), which has " + found.headlineSource().length() + " characters; "
                    + "at most " + limits.maxHeadlineChars() + " are accepted: put a headline of its own on the "
                    + "first line, above the body");
        }
        return fromSimple(new SimpleArticle(found.headline(), found.body(), null, null, null, null,
                found.byline(), null, null), sourceId);
    }

    private SourceInfo source(String sourceId) {
        return new SourceInfo(sourceId, sourceNames.getOrDefault(sourceId, sourceId), null);
    }

    private static void checkSourceId(String sourceId, Violations violations) {
        if (!ArticleIds.isValidSourceId(sourceId)) {
            violations.add("source", "source-id", "Source id '" + sourceId + "' must be 1 to 64 characters of "
                    + "a-z, 0-9, '.', '_' or '-', starting with a letter or digit");
        }
    }

    private static void checkRequired(String field, String value, int maxChars, Violations violations) {
        if (isBlank(value)) {
            violations.add(field, "required", "The article needs a " + field + " with some text");
        } else {
            checkMaxLength(field, value.strip(), maxChars, violations);
        }
    }

    private static void checkMaxLength(String field, String value, int maxChars, Violations violations) {
        if (value != null && value.length() > maxChars) {
            violations.add(field, "max-length", field + " has " + value.length() + " characters; at most "
                    + maxChars + " are accepted, so split the article or shorten it");
        }
    }

    private static void checkTextsLength(String field, List<NinjsText> texts, int maxChars, Violations violations) {
        for (int i = 0; i < texts.size(); i++) {
            checkMaxLength(field + "[" + i + "].value", texts.get(i).value(), maxChars, violations);
        }
    }

    private void checkOptionalId(String field, String value, Violations violations) {
        if (value == null) {
            return;
        }
        if (value.isBlank()) {
            violations.add(field, "not-blank", field + " is empty; leave it out or send a non-empty value");
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            // Ids end up in Kafka keys, URNs and log lines, where a line break would split them.
            violations.add(field, "no-control-characters", field + " contains a control character such as a "
                    + "line break or tab; send it on one line");
        } else {
            checkMaxLength(field, value.strip(), limits.maxIdChars(), violations);
        }
    }

    private static String canonicalUrl(String url, Violations violations) {
        if (url == null) {
            return null;
        }
        try {
            return ArticleIds.canonicalUrl(url);
        } catch (IllegalArgumentException e) {
            violations.add("url", "http-or-https-url", e.getMessage());
            return null;
        }
    }

    /** ninjs wants RFC 3339 date-times; a bare date means the start of that day in UTC. */
    private static String publishedAt(String publishedAt, Violations violations) {
        if (publishedAt == null) {
            return null;
        }
        String value = publishedAt.strip();
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.parse(value));
        } catch (DateTimeParseException notDateTime) {
            try {
                return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC));
            } catch (DateTimeParseException notDate) {
                violations.add("publishedAt", "iso-8601-date-time", "'" + publishedAt + "' is not an ISO-8601 "
                        + "date-time with offset (2024-05-01T09:30:00Z, 2024-05-01T11:30:00+02:00) or date "
                        + "(2024-05-01)");
                return null;
            }
        }
    }

    private static void checkLanguage(String language, Violations violations) {
        if (language != null && !LanguageTags.isWellFormed(language)) {
            violations.add("language", "bcp47-language-tag", "'" + language + "' is not a BCP 47 language tag; "
                    + "send a code such as en, de or pt-BR");
        }
    }

    private static String orDefault(String value, String fallback) {
        return isBlank(value) ? fallback : value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
