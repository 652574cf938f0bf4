package io.newsflow.trends.live;

import io.newsflow.common.tracing.RecordObservations;
import io.newsflow.trends.article.EnrichedArticleReader;
import io.newsflow.trends.config.TrendsProperties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Reads the enriched topic (every partition, committed records only, no consumer group: every instance serves
 * every article to its own subscribers), keeps the latest {@code stream-buffer} articles for clients that resume,
 * and hands each article to the subscribers. Handing over never blocks: a subscriber whose queue is full is
 * dropped ({@link Subscriber}).
 */
@Component
public class ArticleFeed implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(ArticleFeed.class);

    record Buffered(int partition, long offset, StreamPosition after, LiveArticle article) {
    }

    private final TrendsProperties properties;
    private final Map<String, Object> consumerSettings;
    private final RecordObservations tracing;
    private final Deque<Buffered> buffer = new ArrayDeque<>();
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private StreamPosition position = new StreamPosition(Map.of());
    private volatile boolean running;
    private KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    public ArticleFeed(TrendsProperties properties, KafkaProperties kafka, RecordObservations trendsTracing) {
        this.properties = properties;
        this.consumerSettings = feedConsumerSettings(kafka);
        this.tracing = trendsTracing;
    }

    /**
     * Spring Boot's consumer settings (bootstrap servers, and in a cluster the SASL credentials of
     * {@code spring.kafka.security.*} and {@code spring.kafka.properties.*}), without a group: partitions are
     * assigned, not subscribed.
     */
    static Map<String, Object> feedConsumerSettings(KafkaProperties kafka) {
        Map<String, Object> settings = new HashMap<>(kafka.buildConsumerProperties());
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-trends-stream");
        return settings;
    }

    /**
     * Registers a subscriber and gives it what it missed since {@code from}; without a position, the latest
     * {@code recent} buffered articles it wants (so a page opened now is not empty).
     */
    public synchronized void subscribe(Subscriber subscriber, StreamPosition from, int recent) {
        if (from == null && recent > 0) {
            Deque<Buffered> latest = new ArrayDeque<>();
            for (var it = buffer.descendingIterator(); it.hasNext() && latest.size() < recent; ) {
                Buffered entry = it.next();
                if (subscriber.wants(entry)) {
                    latest.addFirst(entry);
                }
            }
            latest.forEach(subscriber::offer);
        }
        if (from != null) {
            boolean gap = false;
            Map<Integer, Long> oldestBuffered = new HashMap<>();
            buffer.forEach(entry -> oldestBuffered.putIfAbsent(entry.partition(), entry.offset()));
            for (Map.Entry<Integer, Long> current : position.nextOffsets().entrySet()) {
                long wanted = from.nextOffsets().getOrDefault(current.getKey(), 0L);
                long oldest = oldestBuffered.getOrDefault(current.getKey(), current.getValue());
                gap |= wanted < oldest;
            }
            if (gap) {
                subscriber.gap();
            }
            for (Buffered entry : buffer) {
                if (from.isBefore(entry.partition(), entry.offset())) {
                    subscriber.offer(entry);
                }
            }
        }
        subscribers.add(subscriber);
    }

    public void unsubscribe(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    private synchronized void publish(ConsumerRecord<String, byte[]> record) {
        LiveArticle article;
        try {
            Header ceId = record.headers().lastHeader("ce_id");
            article = LiveArticle.of(EnrichedArticleReader.read(record.value(),
                    ceId == null ? null : new String(ceId.value(), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            log.warn("Stream skips unreadable enriched record at {}-{}: {}", record.partition(), record.offset(),
                    e.getMessage());
            position = position.after(record.partition(), record.offset());
            return;
        }
        position = position.after(record.partition(), record.offset());
        log.debug("Streaming version {} of article {} to {} subscribers", article.version(), article.id(),
                subscribers.size());
        Buffered entry = new Buffered(record.partition(), record.offset(), position, article);
        buffer.addLast(entry);
        while (buffer.size() > properties.streamBuffer()) {
            buffer.removeFirst();
        }
        for (Subscriber subscriber : subscribers) {
            if (!subscriber.offer(entry)) {
                subscribers.remove(subscriber);
            }
        }
    }

    @Override
    public void start() {
        consumer = new KafkaConsumer<>(consumerSettings, new StringDeserializer(), new ByteArrayDeserializer());
        running = true;
        thread = new Thread(this::run, "article-feed");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            List<TopicPartition> partitions = new ArrayList<>();
            while (running && partitions.isEmpty()) {
                List<PartitionInfo> infos = consumer.partitionsFor(properties.enrichedTopic(), Duration.ofSeconds(10));
                infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions);
            long prefill = Math.max(1, properties.streamBuffer() / partitions.size());
            for (TopicPartition partition : partitions) {
                consumer.seek(partition, Math.max(begins.get(partition), ends.get(partition) - prefill));
            }
            while (running) {
                // each article continues the trace it carries from the push request through ingest and enrich
                consumer.poll(Duration.ofMillis(500)).forEach(record ->
                        tracing.observe(record, record.key(), () -> publish(record)));
            }
        } catch (WakeupException stopping) {
            // stop() woke the consumer
        } catch (RuntimeException e) {
            log.error("The article stream stopped reading {}", properties.enrichedTopic(), e);
        } finally {
            consumer.close();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        subscribers.forEach(Subscriber::close);
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
