package io.newsflow.enrich.pipeline;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A test-only stage for failures no shipped stage can be made to produce on demand: a bug, a passing outage. It
 * counts its attempts per article and throws what {@code failure} returns for the article id and the attempt
 * number (1, 2, ...), or lets the article through when that is {@code null}. It is also the smallest example of a
 * stage: its own class, declaring what it reads and writes.
 */
public final class FailingStage implements PipelineStage {
    private final Function<Attempt, RuntimeException> failure;
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    /** One call of the stage: which article, and how many times it has been tried including this one. */
    public record Attempt(String articleId, int number) {
    }

    public FailingStage(Function<Attempt, RuntimeException> failure) {
        this.failure = failure;
    }

    /** A pipeline of the stages every article needs, then this one. */
    public EnrichmentPipeline afterRequiredStages() {
        return new EnrichmentPipeline(List.of(new CleanStage(), new LanguageStage(), new SegmentStage(), this));
    }

    public int attempts(String articleId) {
        return attempts.getOrDefault(articleId, new AtomicInteger()).get();
    }

    @Override
    public String name() {
        return "failing";
    }

    @Override
    public List<DocField> reads() {
        return List.of(DocField.CLEANED_TEXT);
    }

    @Override
    public List<DocField> writes() {
        return List.of();
    }

    @Override
    public void process(ArticleDoc doc) {
        int number = attempts.computeIfAbsent(doc.articleId(), id -> new AtomicInteger()).incrementAndGet();
        RuntimeException thrown = failure.apply(new Attempt(doc.articleId(), number));
        if (thrown != null) {
            throw thrown;
        }
    }
}
