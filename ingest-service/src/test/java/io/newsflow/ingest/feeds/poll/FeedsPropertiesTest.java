package io.newsflow.ingest.feeds.poll;

import io.newsflow.ingest.feeds.config.FeedsProperties;
import io.newsflow.ingest.feeds.format.FeedFormat;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Binding {@code newsflow.ingest.feeds} the way Spring Boot does at startup. */
class FeedsPropertiesTest {

    private static FeedsProperties bind(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.addFirst(new MapPropertySource("test", properties));
        return Binder.get(environment).bindOrCreate(FeedsProperties.PREFIX, FeedsProperties.class);
    }

    private static Map<String, Object> oneFeed() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("newsflow.ingest.feeds.sources[0].id", "harbour-wire");
        properties.put("newsflow.ingest.feeds.sources[0].url", "https://wire.example.com/rss");
        return properties;
    }

    private static String causes(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append(" | ");
        }
        return messages.toString();
    }

    @Test
    void fillsInTheDocumentedDefaults() {
        FeedsProperties properties = bind(oneFeed());

        FeedsProperties.Feed feed = properties.sources().get(0);
        assertThat(feed.name()).isEqualTo("harbour-wire");
        assertThat(feed.format()).isEqualTo(FeedFormat.AUTO);
        assertThat(feed.pollInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(feed.fetchLinkedPages()).isFalse();
        assertThat(feed.enabled()).isTrue();
        assertThat(properties.unhealthyAfter()).isEqualTo(Duration.ofMinutes(30));
        assertThat(properties.backoff().initial()).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.backoff().max()).isEqualTo(Duration.ofMinutes(30));
        assertThat(properties.maxFeedBytes().toMegabytes()).isEqualTo(10);
        assertThat(properties.maxPageBytes().toMegabytes()).isEqualTo(5);
    }

    @Test
    void bindsNoFeedsWhenNoneAreConfigured() {
        assertThat(bind(Map.of()).sources()).isEmpty();
    }

    @Test
    void takesHeaderValuesFromTheEnvironmentThroughPlaceholders() {
        Map<String, Object> properties = oneFeed();
        properties.put("WIRE_API_KEY", "k-123");
        properties.put("newsflow.ingest.feeds.sources[0].headers.Authorization", "Bearer ${WIRE_API_KEY}");

        assertThat(bind(properties).sources().get(0).headers()).containsEntry("Authorization", "Bearer k-123");
    }

    @Test
    void refusesAFeedIdThatIsNotASourceId() {
        Map<String, Object> properties = oneFeed();
        properties.put("newsflow.ingest.feeds.sources[0].id", "Harbour Wire");

        assertThatThrownBy(() -> bind(properties)).isInstanceOf(BindException.class)
                .satisfies(e -> assertThat(causes(e)).contains("newsflow.ingest.feeds.sources[0]")
                        .contains("'Harbour Wire' must match"));
    }

    @Test
    void refusesTwoFeedsWithOneId() {
        Map<String, Object> properties = oneFeed();
        properties.put("newsflow.ingest.feeds.sources[1].id", "harbour-wire");
        properties.put("newsflow.ingest.feeds.sources[1].url", "https://other.example.com/atom");

        assertThatThrownBy(() -> bind(properties))
                .satisfies(e -> assertThat(causes(e)).contains("newsflow.ingest.feeds.sources[1].id 'harbour-wire'"));
    }

    @Test
    void refusesAUrlThatIsNotHttp() {
        Map<String, Object> properties = oneFeed();
        properties.put("newsflow.ingest.feeds.sources[0].url", "file:///etc/passwd");

        assertThatThrownBy(() -> bind(properties))
                .satisfies(e -> assertThat(causes(e)).contains("url 'file:///etc/passwd' must be an absolute http"));
    }

    @Test
    void refusesAPollIntervalBelowOneSecond() {
        Map<String, Object> properties = oneFeed();
        properties.put("newsflow.ingest.feeds.sources[0].poll-interval", "5ms");

        assertThatThrownBy(() -> bind(properties))
                .satisfies(e -> assertThat(causes(e)).contains("poll-interval is PT0.005S"));
    }

    @Test
    void refusesAHeaderValueSpanningLines() {
        Map<String, Object> properties = oneFeed();
        properties.put("newsflow.ingest.feeds.sources[0].headers.X-Key", "a\r\nInjected: yes");

        assertThatThrownBy(() -> bind(properties))
                .satisfies(e -> assertThat(causes(e)).contains("headers.X-Key is empty or spans lines"));
    }

    @Test
    void refusesABackoffMaximumBelowItsStart() {
        Map<String, Object> properties = oneFeed();
        properties.put("newsflow.ingest.feeds.backoff.initial", "1m");
        properties.put("newsflow.ingest.feeds.backoff.max", "30s");

        assertThatThrownBy(() -> bind(properties))
                .satisfies(e -> assertThat(causes(e)).contains("newsflow.ingest.feeds.backoff.max (PT30S) is below"));
    }

    @Test
    void allowsLinkedPagesOnlyFromTheFeedHostAndListedHosts() {
        Map<String, Object> properties = oneFeed();
        properties.put("newsflow.ingest.feeds.sources[0].linked-page-hosts[0]", "Pages.Example.com");

        FeedsProperties.Feed feed = bind(properties).sources().get(0);
        assertThat(feed.allowsLinkedPageHost("wire.example.com")).isTrue();
        assertThat(feed.allowsLinkedPageHost("pages.example.com")).isTrue();
        assertThat(feed.allowsLinkedPageHost("169.254.169.254")).isFalse();
    }
}
