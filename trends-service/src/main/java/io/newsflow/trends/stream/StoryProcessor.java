package io.newsflow.trends.stream;

import io.newsflow.trends.story.MinHash;
import io.newsflow.trends.story.Story;
import io.newsflow.trends.story.StoryArticle;
import io.newsflow.trends.story.StoryMatcher;
import io.newsflow.trends.story.StoryView;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups articles into stories. Runs on a single partition: a story crosses sources and so partitions of the
 * enriched topic, and the band index has to see every article. Stores: {@value TrendsTopology#STORIES_STORE}
 * (story id → story), {@value TrendsTopology#STORY_MEMBERS_STORE} (article id → story id) and
 * {@value TrendsTopology#STORY_BANDS_STORE} (MinHash band → recent article ids).
 * <p>
 * Bounded by publication time: a band is forgotten once its newest article is older than the look-back (no new
 * article could match it), a story once its latest article is older than {@code story-retention} (with a tombstone
 * to the stories topic).
 */
final class StoryProcessor implements Processor<String, StoryInput, String, StoryView> {
    /** recent articles remembered per band; older ones fall out of the look-back first */
    private static final int ARTICLES_PER_BAND = 100;
    /**
     * candidates compared per article, those sharing most bands first (more shared bands, higher similarity):
     * bounds the work when stock phrases make many articles share a band
     */
    static final int MAX_CANDIDATES = 20;

    static final Duration EXPIRY_INTERVAL = Duration.ofMinutes(10);

    private final StoryMatcher matcher;
    private final Duration lookBack;
    private final Duration retention;
    private ProcessorContext<String, StoryView> context;
    private KeyValueStore<String, Story> stories;
    private KeyValueStore<String, String> members;
    private KeyValueStore<String, StoryIds> bands;

    /**
     * The article ids remembered under one band, oldest first, and the latest publication time among them
     * (null in what an earlier version stored: such a band is forgotten at the next expiry).
     */
    public record StoryIds(List<String> ids, Instant newestPublished) {
    }

    StoryProcessor(StoryMatcher matcher, Duration lookBack, Duration retention) {
        this.matcher = matcher;
        this.lookBack = lookBack;
        this.retention = retention;
    }

    @Override
    public void init(ProcessorContext<String, StoryView> context) {
        this.context = context;
        this.stories = context.getStateStore(TrendsTopology.STORIES_STORE);
        this.members = context.getStateStore(TrendsTopology.STORY_MEMBERS_STORE);
        this.bands = context.getStateStore(TrendsTopology.STORY_BANDS_STORE);
        context.schedule(EXPIRY_INTERVAL, PunctuationType.WALL_CLOCK_TIME, this::forgetExpired);
    }

    private void forgetExpired(long now) {
        Instant bandsFrom = Instant.ofEpochMilli(now).minus(lookBack);
        List<String> oldBands = new ArrayList<>();
        try (KeyValueIterator<String, StoryIds> all = bands.all()) {
            all.forEachRemaining(band -> {
                if (band.value.newestPublished() == null || band.value.newestPublished().isBefore(bandsFrom)) {
                    oldBands.add(band.key);
                }
            });
        }
        oldBands.forEach(bands::delete);

        Instant storiesFrom = Instant.ofEpochMilli(now).minus(retention);
        List<Story> oldStories = new ArrayList<>();
        try (KeyValueIterator<String, Story> all = stories.all()) {
            all.forEachRemaining(story -> {
                if (story.value.lastPublished().isBefore(storiesFrom)) {
                    oldStories.add(story.value);
                }
            });
        }
        for (Story story : oldStories) {
            story.articles().forEach(article -> members.delete(article.id()));
            stories.delete(story.id());
            context.forward(new Record<String, StoryView>(story.id(), null, now));
        }
    }

    @Override
    public void process(Record<String, StoryInput> record) {
        StoryInput input = record.value();
        String existingStoryId = members.get(input.articleId());
        if (input.current() == null) {
            if (existingStoryId != null) {
                members.delete(input.articleId());
                Story story = stories.get(existingStoryId);
                Story rest = story == null ? null : story.without(input.articleId());
                save(record, existingStoryId, rest);
            }
            return;
        }
        StoryArticle article = input.current();
        Story story;
        if (existingStoryId != null && stories.get(existingStoryId) != null) {
            Story existing = stories.get(existingStoryId);
            StoryArticle before = existing.articles().stream()
                    .filter(a -> a.id().equals(article.id())).findFirst().orElse(null);
            story = existing.with(before == null ? article.joining("follow-up", 0)
                    : article.joining(before.relation(), before.similarity()));
        } else {
            Optional<StoryMatcher.Match> match = matcher.bestMatch(article, candidates(article));
            Story joined = match.map(m -> stories.get(members.get(m.earlier().id()))).orElse(null);
            story = joined != null
                    ? joined.with(article.joining(match.get().relation(), match.get().similarity()))
                    : Story.of(storyIdFor(article.id()), List.of(article.joining("first", 1)));
        }
        members.put(article.id(), story.id());
        index(article);
        save(record, story.id(), story);
    }

    private void save(Record<String, StoryInput> record, String storyId, Story story) {
        if (story == null) {
            stories.delete(storyId);
            context.forward(record.withKey(storyId).withValue(null));
        } else {
            stories.put(storyId, story);
            context.forward(record.withKey(storyId).withValue(StoryView.of(story)));
        }
    }

    private List<StoryArticle> candidates(StoryArticle article) {
        Map<String, Integer> sharedBands = new LinkedHashMap<>();
        for (String band : MinHash.bandKeys(article.signature())) {
            StoryIds ids = bands.get(band);
            if (ids != null) {
                ids.ids().forEach(id -> sharedBands.merge(id, 1, Integer::sum));
            }
        }
        List<StoryArticle> found = new ArrayList<>();
        sharedBands.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(MAX_CANDIDATES)
                .forEach(entry -> findArticle(entry.getKey()).ifPresent(found::add));
        return found;
    }

    private Optional<StoryArticle> findArticle(String articleId) {
        String storyId = members.get(articleId);
        Story story = storyId == null ? null : stories.get(storyId);
        return story == null ? Optional.empty()
                : story.articles().stream().filter(a -> a.id().equals(articleId)).findFirst();
    }

    private void index(StoryArticle article) {
        for (String band : MinHash.bandKeys(article.signature())) {
            StoryIds existing = bands.get(band);
            Instant newest = existing == null || existing.newestPublished() == null
                    || article.publishedAt().isAfter(existing.newestPublished())
                    ? article.publishedAt() : existing.newestPublished();
            List<String> ids = new ArrayList<>(existing == null ? List.of() : existing.ids());
            ids.remove(article.id());
            ids.add(article.id());   // retracted ones stay until they age out; lookups skip them
            if (ids.size() > ARTICLES_PER_BAND) {
                ids = ids.subList(ids.size() - ARTICLES_PER_BAND, ids.size());
            }
            bands.put(band, new StoryIds(List.copyOf(ids), newest));
        }
    }

    /** Story ids are URL-safe whatever the first article's id contains. */
    static String storyIdFor(String firstArticleId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(firstArticleId.getBytes(StandardCharsets.UTF_8));
            return "s" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
