package io.newsflow.ingest.config;

import io.newsflow.common.article.ArticleIds;
import io.newsflow.common.article.ArticleLimits;
import io.newsflow.common.event.NewsflowTopics;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;

/**
 * Settings of ingest-service, under {@code newsflow.ingest}.
 *
 * @param defaultSource  source id of pushed articles whose request names none ({@code ?source=} missing);
 *                       must match {@code [a-z0-9][a-z0-9._-]{0,63}}
 * @param sourceNames    display name by source id, written to every event's {@code source.name}; a source
 *                       without an entry is named by its id
 * @param topic          where raw articles are published, and how the topic is created when missing
 * @param publishTimeout longest an HTTP request waits for Kafka to acknowledge its article(s) before it is
 *                       answered 503; the producer's max.block.ms and delivery.timeout.ms are set from it
 * @param retryAfter     the {@code Retry-After} a 503 tells clients to wait, rounded up to whole seconds
 * @param limits         size limits on requests and articles
 * @param instanceId     this replica's stable identity, in its transactional ids
 *                       ({@code newsflow-ingest-<instance-id>-<n>}): keep it across restarts, so that a restarted
 *                       replica aborts what its killed predecessor left open, and distinct per replica, or they
 *                       fence each other; blank means the host name
 */
@ConfigurationProperties("newsflow.ingest")
public record IngestProperties(
        @DefaultValue("push") String defaultSource,
        Map<String, String> sourceNames,
        @DefaultValue Topic topic,
        @DefaultValue("10s") Duration publishTimeout,
        @DefaultValue("5s") Duration retryAfter,
        @DefaultValue Limits limits,
        @DefaultValue("") String instanceId) {

    /**
     * Kafka transactions one replica keeps open at once. Each holds a transactional producer of its own, so this
     * bounds the producers too; a batch or a feed poll is one transaction, so a few serve many requests.
     */
    public static final int MAX_OPEN_TRANSACTIONS = 8;

    /** Below this a healthy broker under load could not answer in time and every request would fail. */
    static final Duration MIN_PUBLISH_TIMEOUT = Duration.ofMillis(100);
    /** HTTP clients and proxies give up long before this; a longer wait would only hold threads. */
    static final Duration MAX_PUBLISH_TIMEOUT = Duration.ofMinutes(5);

    public IngestProperties {
        sourceNames = sourceNames == null ? Map.of() : Map.copyOf(sourceNames);
        if (!ArticleIds.isValidSourceId(defaultSource)) {
            throw new IllegalArgumentException("newsflow.ingest.default-source '" + defaultSource
                    + "' must match " + ArticleIds.SOURCE_ID.pattern());
        }
        if (publishTimeout.compareTo(MIN_PUBLISH_TIMEOUT) < 0 || publishTimeout.compareTo(MAX_PUBLISH_TIMEOUT) > 0) {
            throw new IllegalArgumentException("newsflow.ingest.publish-timeout is " + publishTimeout
                    + "; set it between " + MIN_PUBLISH_TIMEOUT.toMillis() + "ms and "
                    + MAX_PUBLISH_TIMEOUT.toMinutes() + "m");
        }
        if (retryAfter.isNegative() || retryAfter.isZero()) {
            throw new IllegalArgumentException("newsflow.ingest.retry-after must be positive, e.g. 5s");
        }
    }

    /** {@code instance-id}, or the host name (stable for a StatefulSet pod or a host). */
    public String instanceIdOrHostName() {
        if (instanceId != null && !instanceId.isBlank()) {
            return instanceId.strip();
        }
        String host = System.getenv("HOSTNAME");
        if (host != null && !host.isBlank()) {
            return host.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("newsflow.ingest.instance-id is not set and the host name cannot be "
                    + "resolved; set newsflow.ingest.instance-id to a name stable across restarts", e);
        }
    }

    /** Seconds for the {@code Retry-After} header: at least 1, since 0 would invite a retry storm. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /**
     * The raw-article topic.
     *
     * @param name       topic name
     * @param partitions partitions when ingest-service creates the topic; the article id is the key, so
     *                   every version of an article stays on one of them
     * @param replicas   replication factor when ingest-service creates the topic; 3 in production, 1 on a
     *                   single local broker
     */
    public record Topic(
            @DefaultValue(NewsflowTopics.RAW_ARTICLES) String name,
            @DefaultValue("3") int partitions,
            @DefaultValue("1") short replicas) {
    }

    /**
     * Size limits. Requests are refused with 413 as soon as they pass a byte limit, while being read.
     *
     * @param maxArticleSize   largest single-article request body, and largest line of a batch
     * @param maxBatchSize     largest batch request body
     * @param maxBatchLines    most articles (non-blank lines) in one batch
     * @param maxHeadlineChars longest headline accepted (400 {@code max-length} beyond it)
     * @param maxBodyChars     longest body accepted (400 {@code max-length} beyond it)
     * @param maxBylineChars   longest byline accepted
     * @param maxIdChars       longest upstream id or version accepted
     */
    public record Limits(
            @DefaultValue("1MB") DataSize maxArticleSize,
            @DefaultValue("16MB") DataSize maxBatchSize,
            @DefaultValue("1000") int maxBatchLines,
            @DefaultValue("1000") int maxHeadlineChars,
            @DefaultValue("500000") int maxBodyChars,
            @DefaultValue("1000") int maxBylineChars,
            @DefaultValue("2048") int maxIdChars) {

        public Limits {
            if (maxBatchLines < 1) {
                throw new IllegalArgumentException("newsflow.ingest.limits.max-batch-lines must be at least 1");
            }
        }

        public ArticleLimits articleLimits() {
            return new ArticleLimits(maxHeadlineChars, maxBodyChars, maxBylineChars, maxIdChars);
        }
    }
}
