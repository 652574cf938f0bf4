package io.newsflow.trends.stream;

import io.newsflow.trends.article.ArticleVersions;
import io.newsflow.trends.article.EnrichedArticle;
import io.newsflow.trends.article.EnrichedArticleReader;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;

/**
 * Keeps the counted version of every article (store {@value TrendsTopology#ARTICLES_STORE}, keyed by article id) and
 * emits an {@link ArticleChange} only when the counted version changes: a newer version or a retraction. A
 * resent event (same {@code ce_id}) and an older version arriving late change nothing. A retraction stays in the
 * store, so a late copy of the retracted article cannot bring it back.
 */
final class LatestVersionProcessor implements Processor<String, byte[], String, ArticleChange> {
    private static final Logger log = LoggerFactory.getLogger(LatestVersionProcessor.class);

    private ProcessorContext<String, ArticleChange> context;
    private KeyValueStore<String, EnrichedArticle> articles;

    @Override
    public void init(ProcessorContext<String, ArticleChange> context) {
        this.context = context;
        this.articles = context.getStateStore(TrendsTopology.ARTICLES_STORE);
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
        EnrichedArticle stored = articles.get(incoming.id());
        if (ArticleVersions.judge(incoming, stored) != ArticleVersions.Verdict.APPLY) {
            return;
        }
        articles.put(incoming.id(), incoming);
        EnrichedArticle previous = stored == null || stored.retracted() ? null : stored;
        if (previous == null && incoming.retracted()) {
            return;
        }
        context.forward(record.withKey(incoming.id()).withValue(new ArticleChange(previous, incoming)));
    }

    private static String eventId(Record<String, byte[]> record) {
        Header header = record.headers().lastHeader("ce_id");
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
