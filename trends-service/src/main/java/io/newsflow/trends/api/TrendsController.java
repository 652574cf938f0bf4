package io.newsflow.trends.api;

import io.newsflow.trends.query.Instances;
import io.newsflow.trends.query.LocalState;
import io.newsflow.trends.quote.SpeakerQuotes;
import io.newsflow.trends.story.Story;
import io.newsflow.trends.story.StoryView;
import io.newsflow.trends.stream.TrendsTopology;
import io.newsflow.trends.trend.Contribution;
import io.newsflow.trends.trend.Dimension;
import io.newsflow.trends.trend.TrendAggregate;
import io.newsflow.trends.trend.TrendView;
import io.newsflow.trends.trend.TrendWindow;
import org.apache.kafka.streams.state.HostInfo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Trending entities, topics and places per window, one entity's timeline, stories. Every key lives on exactly one
 * instance (the one whose task holds its partition), so a list is each instance's local top {@code limit} merged,
 * and a single key is asked of its owner; {@code scope=local} is how instances ask each other.
 */
@RestController
@RequestMapping("/api/v1")
public class TrendsController {
    static final int MAX_LIMIT = 200;
    static final int ENTITY_PAGE_QUOTES = 20;

    private final LocalState local;
    private final Instances instances;
    private final Clock clock;

    /** The clock says which window is "now"; a test that must not straddle a window boundary pins it. */
    public TrendsController(LocalState local, Instances instances, ObjectProvider<Clock> clock) {
        this.local = local;
        this.instances = instances;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public record RankedTrend(long matching, TrendView trend) {
    }

    public record TrendList(String dimension, String window, Instant windowStart, Instant windowEnd,
                            List<RankedTrend> items) {
    }

    /** @param sources articles per source in the window, so the page can compare sources */
    public record TimelinePoint(Instant windowStart, long articles, long mentions, Double meanSentiment,
                                List<String> articleIds, Map<String, Long> sources) {
    }

    /** @param quotes the entity's most recent quotations as a speaker, newest article first */
    public record EntityPage(String key, String label, String type, String window, List<TimelinePoint> timeline,
                             List<EntityQuote> quotes, List<StoryView> stories) {
    }

    /** One quotation: what the speaker said, in which article, published when. */
    public record EntityQuote(String text, String speakerKey, String speakerName, String articleId, String headline,
                              Instant publishedAt) {
    }

    @GetMapping("/trends/{dimension}")
    public TrendList trending(@PathVariable String dimension,
                              @RequestParam(defaultValue = "1h") String window,
                              @RequestParam(required = false) String at,
                              @RequestParam(required = false) String type,
                              @RequestParam(required = false) String topic,
                              @RequestParam(required = false) String place,
                              @RequestParam(required = false) String source,
                              @RequestParam(required = false) String q,
                              @RequestParam(defaultValue = "20") int limit,
                              @RequestParam(defaultValue = "all") String scope) {
        Dimension dim = dimension(dimension);
        TrendWindow trendWindow = window(window);
        Instant start = trendWindow.startOf(at == null ? clock.instant() : instant("at", at));
        checkLimit(limit);
        if (q != null && q.length() > TrendQuery.MAX_NAME_LENGTH) {
            throw new BadParameterException("q", "q (a name to search for) must be at most "
                    + TrendQuery.MAX_NAME_LENGTH + " characters");
        }
        TrendQuery query = new TrendQuery(blankToNull(type), blankToNull(topic), blankToNull(place),
                blankToNull(source), blankToNull(q));
        List<RankedTrend> items = new ArrayList<>();
        for (TrendAggregate aggregate : local.windows(dim, trendWindow, start)) {
            TrendView view = TrendView.of(aggregate);
            long matching = query.matching(view);
            if (matching > 0) {
                items.add(new RankedTrend(matching, view));
            }
        }
        if (isAll(scope)) {
            String forwarded = "/api/v1/trends/" + dimension + "?scope=local&window=" + window + "&at=" + start
                    + "&limit=" + limit + param("type", type) + param("topic", topic) + param("place", place)
                    + param("source", source) + param("q", q);
            for (HostInfo other : instances.othersHolding(TrendsTopology.TREND_STORE)) {
                JsonNode answer = instances.get(other, forwarded);
                if (answer != null) {
                    answer.path("items").forEach(item ->
                            items.add(instances.json().treeToValue(item, RankedTrend.class)));
                }
            }
        }
        items.sort(Comparator.comparingLong(RankedTrend::matching).reversed()
                .thenComparing(ranked -> ranked.trend().key()));
        return new TrendList(dim.name(), trendWindow.label(), start, start.plus(trendWindow.size()),
                List.copyOf(items.subList(0, Math.min(limit, items.size()))));
    }

    /**
     * The same list as {@link #trending} (same parameters, same answer across instances) as a CSV file for a
     * spreadsheet: one row per key, {@link TrendCsv}.
     */
    @GetMapping("/trends/{dimension}.csv")
    public ResponseEntity<String> trendingCsv(@PathVariable String dimension,
                                              @RequestParam(defaultValue = "1h") String window,
                                              @RequestParam(required = false) String at,
                                              @RequestParam(required = false) String type,
                                              @RequestParam(required = false) String topic,
                                              @RequestParam(required = false) String place,
                                              @RequestParam(required = false) String source,
                                              @RequestParam(required = false) String q,
                                              @RequestParam(defaultValue = "20") int limit) {
        TrendList list = trending(dimension, window, at, type, topic, place, source, q, limit, "all");
        String file = "newsflow-" + dimension + "-" + list.window() + "-"
                + list.windowStart().toString().replace(":", "") + ".csv";
        return csv(file, TrendCsv.write(list));
    }

    @GetMapping("/entities/{key}")
    public EntityPage entity(@PathVariable String key, @RequestParam(defaultValue = "1h") String window,
                             @RequestParam(defaultValue = "all") String scope) {
        TrendWindow trendWindow = window(window);
        if (isAll(scope)) {
            EntityPage timeline = timeline(key, window, trendWindow);
            return new EntityPage(timeline.key(), timeline.label(), timeline.type(), timeline.window(),
                    timeline.timeline(), quotes(key, ENTITY_PAGE_QUOTES, "all"), stories(key, 20, "all"));
        }
        return localEntity(key, trendWindow);
    }

    /**
     * One entity's timeline as a CSV file for a spreadsheet: one row per window of the given size, oldest first
     * ({@link TrendCsv#writeTimeline}).
     */
    @GetMapping("/entities/{key}/timeline.csv")
    public ResponseEntity<String> entityTimelineCsv(@PathVariable String key,
                                                    @RequestParam(defaultValue = "1h") String window) {
        EntityPage page = timeline(key, window, window(window));
        String file = "newsflow-" + key.replaceAll("[^A-Za-z0-9]+", "-") + "-" + page.window() + ".csv";
        return csv(file, TrendCsv.writeTimeline(page));
    }

    /** The entity's windows, from the instance that holds its key. */
    private EntityPage timeline(String key, String window, TrendWindow trendWindow) {
        HostInfo owner = instances.ownerOf(TrendsTopology.TREND_STORE, Contribution.partitionKey(Dimension.ENTITY, key));
        return instances.isSelf(owner) ? localEntity(key, trendWindow) : remoteEntity(owner, key, window);
    }

    private static ResponseEntity<String> csv(String file, String body) {
        return ResponseEntity.ok()
                .contentType(TrendCsv.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build()
                        .toString())
                .body(body);
    }

    /**
     * The speaker's most recent quotations, newest article first (in text order within one article). They are kept
     * on the partition of the speaker's key, which need not be on the instance holding its timeline.
     */
    @GetMapping("/entities/{key}/quotes")
    public List<EntityQuote> quotes(@PathVariable String key, @RequestParam(defaultValue = "20") int limit,
                                    @RequestParam(defaultValue = "all") String scope) {
        checkLimit(limit);
        HostInfo owner = isAll(scope) ? instances.ownerOf(TrendsTopology.QUOTES_STORE, key) : null;
        if (owner != null && !instances.isSelf(owner)) {
            JsonNode answer = instances.get(owner, "/api/v1/entities/" + pathSegment(key) + "/quotes?scope=local"
                    + "&limit=" + limit);
            List<EntityQuote> quotes = new ArrayList<>();
            if (answer != null) {
                answer.forEach(node -> quotes.add(instances.json().treeToValue(node, EntityQuote.class)));
            }
            return quotes;
        }
        return local.quotes(key).stream()
                .sorted(Comparator.comparing(SpeakerQuotes::publishedAt).reversed()
                        .thenComparing(SpeakerQuotes::articleId))
                .flatMap(said -> said.texts().stream().map(text -> new EntityQuote(text, said.speakerKey(),
                        said.speakerName(), said.articleId(), said.headline(), said.publishedAt())))
                .limit(limit)
                .toList();
    }

    @GetMapping("/stories/{id}")
    public StoryView story(@PathVariable String id, @RequestParam(defaultValue = "all") String scope) {
        HostInfo owner = isAll(scope) ? instances.ownerOf(TrendsTopology.STORIES_STORE, id) : null;
        if (owner == null || instances.isSelf(owner)) {
            return local.story(id).map(StoryView::of)
                    .orElseThrow(() -> new NotFoundException("no story " + id));
        }
        JsonNode answer = instances.get(owner, "/api/v1/stories/" + pathSegment(id) + "?scope=local");
        if (answer == null) {
            throw new NotFoundException("no story " + id);
        }
        return instances.json().treeToValue(answer, StoryView.class);
    }

    /** The most recently updated stories, or those naming {@code entity} among their main entities. */
    @GetMapping("/stories")
    public List<StoryView> stories(@RequestParam(required = false) String entity,
                                   @RequestParam(defaultValue = "20") int limit,
                                   @RequestParam(defaultValue = "all") String scope) {
        checkLimit(limit);
        // the stories store has one partition: any key finds its owner
        HostInfo owner = isAll(scope) ? instances.ownerOf(TrendsTopology.STORIES_STORE, "any") : null;
        if (owner != null && !instances.isSelf(owner)) {
            JsonNode answer = instances.get(owner, "/api/v1/stories?scope=local&limit=" + limit
                    + param("entity", entity));
            List<StoryView> stories = new ArrayList<>();
            if (answer != null) {
                answer.forEach(node -> stories.add(instances.json().treeToValue(node, StoryView.class)));
            }
            return stories;
        }
        return local.stories().stream()
                .filter(story -> entity == null || story.entityKeys().contains(entity))
                .sorted(Comparator.comparing(Story::lastPublished).reversed())
                .limit(limit)
                .map(StoryView::of)
                .toList();
    }

    private EntityPage localEntity(String key, TrendWindow window) {
        List<TrendAggregate> windows = local.timeline(Dimension.ENTITY, key).stream()
                .filter(aggregate -> aggregate.window() == window)
                .sorted(Comparator.comparing(TrendAggregate::windowStart))
                .toList();
        if (windows.isEmpty()) {
            throw new NotFoundException("no article in the kept windows names entity " + key);
        }
        TrendAggregate latest = windows.get(windows.size() - 1);
        List<TimelinePoint> points = windows.stream().map(aggregate -> {
            TrendView view = TrendView.of(aggregate);
            return new TimelinePoint(view.windowStart(), view.articles(), view.mentions(), view.meanSentiment(),
                    view.articleIds(), view.sources());
        }).toList();
        return new EntityPage(key, latest.label(), latest.type(), window.label(), points, List.of(), List.of());
    }

    private EntityPage remoteEntity(HostInfo owner, String key, String window) {
        JsonNode answer = instances.get(owner, "/api/v1/entities/" + pathSegment(key) + "?scope=local&window="
                + window);
        if (answer == null) {
            throw new NotFoundException("no article in the kept windows names entity " + key);
        }
        return instances.json().treeToValue(answer, EntityPage.class);
    }

    private static boolean isAll(String scope) {
        if (!"all".equals(scope) && !"local".equals(scope)) {
            throw new BadParameterException("scope", "scope must be all or local");
        }
        return "all".equals(scope);
    }

    private static Dimension dimension(String value) {
        return switch (value) {
            case "entities" -> Dimension.ENTITY;
            case "topics" -> Dimension.TOPIC;
            case "places" -> Dimension.PLACE;
            default -> throw new BadParameterException("dimension",
                    "'" + value + "' is not a trend dimension (entities, topics or places)");
        };
    }

    private static TrendWindow window(String value) {
        try {
            return TrendWindow.byLabel(value);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("window", e.getMessage());
        }
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, "'" + value + "' is not an ISO-8601 UTC instant such as "
                    + "2026-12-07T08:00:00Z");
        }
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadParameterException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String param(String name, String value) {
        return value == null || value.isBlank() ? "" : "&" + name + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

}
