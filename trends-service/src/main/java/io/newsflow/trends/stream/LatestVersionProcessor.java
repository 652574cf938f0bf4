package io.newsflow.trends.stream;

import io.newsflow.trends.article.ArticleVersions;
import io.newsflow.trends.article.EnrichedArticle;
import io.newsflow.trends.article.EnrichedArticleReader;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the counted version of every article (store {@value TrendsTopology#ARTICLES_STORE}, keyed by article id) and
 * emits an {@link ArticleChange} only when the counted version changes: a newer version or a retraction. A
 * resent event (same {@code ce_id}) and an older version arriving late change nothing. A retraction stays in the
 * store, so a late copy of the retracted article cannot bring it back.
 * <p>
 * An article is kept for {@code article-retention} after its publication time — as long as the longest-kept
 * trend window that counts it — and then forgotten; an event for an article published before that is ignored, since
 * every window it could change is gone. The text is not kept: taking a version out of the counts needs its
 * entities and topics, not its words.
 */
final class LatestVersionProcessor implements Processor<String, byte[], String, ArticleChange> {
    private static final Logger log = LoggerFactory.getLogger(LatestVersionProcessor.class);
    static final Duration EXPIRY_INTERVAL = Duration.ofMinutes(10);

    private ProcessorContext<String, ArticleChange> context;
    private KeyValueStore<String, EnrichedArticle> articles;
    private final Duration retention;

    LatestVersionProcessor(Duration retention) {
        this.retention = retention;
    }

    @Override
    public void init(ProcessorContext<String, ArticleChange> context) {
        this.context = context;
        this.articles = context.getStateStore(TrendsTopology.ARTICLES_STORE);
        context.schedule(EXPIRY_INTERVAL, PunctuationType.WALL_CLOCK_TIME, this::forgetExpired);
    }

    private Instant oldestKept(long now) {
        return Instant.ofEpochMilli(now).minus(retention);
    }

    private void forgetExpired(long now) {
        Instant oldestKept = oldestKept(now);
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, EnrichedArticle> all = articles.all()) {
            all.forEachRemaining(entry -> {
                if (entry.value.publishedAt().isBefore(oldestKept)) {
                    expired.add(entry.key);
                }
            });
        }
        expired.forEach(articles::delete);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        EnrichedArticle incoming;
        try {
            incoming = EnrichedArticleReader.read(record.value(), eventId(record));
        } catch (IllegalArgumentException e) {
            // one unreadable record must not stop the trends; it stays on the enriched topic for inspection
            log.warn("Skipping unreadable enriched record (key {}): {}", record.key(), e.getMessage());
            return;
        }
        if (incoming.publishedAt().isBefore(oldestKept(context.currentSystemTimeMs()))) {
            log.debug("Ignoring {}: published {}, before every trend window kept", incoming.id(), incoming.publishedAt());
            return;
        }
        EnrichedArticle stored = articles.get(incoming.id());
        if (ArticleVersions.judge(incoming, stored) != ArticleVersions.Verdict.APPLY) {
            return;
        }
        articles.put(incoming.id(), withoutText(incoming));
        EnrichedArticle previous = stored == null || stored.retracted() ? null : stored;
        if (previous == null && incoming.retracted()) {
            return;
        }
        context.forward(record.withKey(incoming.id()).withValue(new ArticleChange(previous, incoming)));
    }

    private static EnrichedArticle withoutText(EnrichedArticle article) {
        return new EnrichedArticle(article.id(), article.eventId(), article.version(), article.versionCreated(),
                article.publishedAt(), article.retracted(), article.sourceId(), article.sourceName(),
                article.headline(), "", article.tone(), article.entities(), article.topics(), article.quotes());
    }

    private static String eventId(Record<String, byte[]> record) {
        Header header = record.headers().lastHeader("ce_id");
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
