package io.newsflow.enrich.pipeline;

/**
 * How much work a stage may do on one article, so that no article can hold a consumer past
 * {@code max.poll.interval.ms} however it is built (one 200,000-character sentence, thousands of capitalised
 * words). Each budget is far above what an article a newsroom writes needs; what a stage leaves undone is
 * recorded in the enrichment block's {@code skipped} list, so "nothing found" and "not looked at" stay apart.
 * The budgets count tokens, characters and mentions, not time: the same article is enriched the same way
 * on a fast and on a slow machine.
 */
final class StageBudgets {
    /**
     * Longest text enrich accepts (headline and body, in characters, markup included): ingest's default
     * {@code max-body-chars} is 500,000, so anything longer did not come through ingest's checks. Beyond it the
     * article is dead-lettered as permanent.
     */
    static final int MAX_ARTICLE_CHARS = 1_000_000;
    /** Longest sentence, in tokens, the ner stage labels; a longer one is left unlabelled. */
    static final int MAX_NER_SENTENCE_TOKENS = 400;
    /** Tokens the ner stage labels per article; sentences past them are left unlabelled. */
    static final int MAX_NER_ARTICLE_TOKENS = 20_000;
    /** Mentions the entities stage resolves per article, in text order; later ones are left out. */
    static final int MAX_ENTITY_MENTIONS = 1_000;

    private StageBudgets() {
    }
}
