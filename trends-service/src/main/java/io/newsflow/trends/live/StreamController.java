package io.newsflow.trends.live;

import io.newsflow.trends.api.BadParameterException;
import io.newsflow.trends.config.TrendsProperties;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/v1/stream}: enriched articles as Server-Sent Events ({@code article}, {@code retraction}, and
 * {@code gap} / {@code dropped} / {@code closing} notices), filtered by topic, entity key, place, source and
 * minimum entity salience, resuming after {@code Last-Event-ID} (or {@code ?lastEventId=}); a new client may ask for the {@code recent}
 * latest buffered articles first.
 */
@RestController
public class StreamController {
    private final ArticleFeed feed;
    private final TrendsProperties properties;

    public StreamController(ArticleFeed feed, TrendsProperties properties) {
        this.feed = feed;
        this.properties = properties;
    }

    @GetMapping(path = "/api/v1/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream(@RequestParam(required = false) String topic,
                             @RequestParam(required = false) String entity,
                             @RequestParam(required = false) String place,
                             @RequestParam(required = false) String source,
                             @RequestParam(required = false) Double minSalience,
                             @RequestParam(required = false) String lastEventId,
                             @RequestParam(defaultValue = "0") int recent,
                             @RequestHeader(name = "Last-Event-ID", required = false) String lastEventIdHeader) {
        if (minSalience != null && (minSalience < 0 || minSalience > 1)) {
            throw new BadParameterException("minSalience", "minSalience must be between 0 and 1");
        }
        if (recent < 0 || recent > properties.streamBuffer()) {
            throw new BadParameterException("recent", "recent must be between 0 and " + properties.streamBuffer());
        }
        String resumeFrom = lastEventIdHeader != null ? lastEventIdHeader : lastEventId;
        StreamPosition from;
        try {
            from = resumeFrom == null ? null : StreamPosition.parse(resumeFrom);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("Last-Event-ID", e.getMessage());
        }
        SseEmitter emitter = new SseEmitter(0L);
        Subscriber subscriber = new Subscriber(emitter,
                new StreamFilter(blank(topic), blank(entity), blank(place), blank(source), minSalience),
                properties.streamClientQueue());
        emitter.onCompletion(() -> {
            subscriber.markClosed();
            feed.unsubscribe(subscriber);
        });
        emitter.onError(error -> {
            subscriber.markClosed();
            feed.unsubscribe(subscriber);
        });
        feed.subscribe(subscriber, from, recent);
        return emitter;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
