package io.newsflow.trends.quote;

import io.newsflow.trends.article.ArticleQuote;
import io.newsflow.trends.article.EnrichedArticle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one speaker said in the counted version of one article: the value of the {@code entity-quotes} store,
 * keyed by {@link #storeKey}. An empty {@code texts} is an instruction, never stored: the article no longer quotes
 * the speaker (a newer version dropped the quotes, or the article was retracted).
 *
 * @param speakerKey  the speaker's entity key
 * @param speakerName the speaker's name in this article
 * @param articleId   the article
 * @param headline    the article's headline, so a page can name the article without asking for it
 * @param publishedAt the article's publication time: quotes are listed newest first by it
 * @param texts       the distinct quotations, in text order, at most {@link #MAX_PER_ARTICLE}
 */
public record SpeakerQuotes(String speakerKey, String speakerName, String articleId, String headline,
                            Instant publishedAt, List<String> texts) {
    /** an interview quoting one person at length keeps its first quotations; the page shows few anyway */
    public static final int MAX_PER_ARTICLE = 20;

    /** {@code <speaker key>|<article id>}: a prefix scan on {@code <speaker key>|} finds every article quoting it. */
    public static String storeKey(String speakerKey, String articleId) {
        return speakerPrefix(speakerKey) + articleId;
    }

    public static String speakerPrefix(String speakerKey) {
        return speakerKey + "|";
    }

    public String storeKey() {
        return storeKey(speakerKey, articleId);
    }

    /**
     * What an article's change of counted version means for each speaker: the current version's quotes by speaker,
     * and an empty entry for every speaker only the previous version quoted.
     */
    public static List<SpeakerQuotes> changes(EnrichedArticle previous, EnrichedArticle current) {
        Map<String, SpeakerQuotes> bySpeaker = new LinkedHashMap<>();
        if (current != null && !current.retracted()) {
            Map<String, List<String>> texts = new LinkedHashMap<>();
            Map<String, String> names = new LinkedHashMap<>();
            for (ArticleQuote quote : current.quotes()) {
                List<String> said = texts.computeIfAbsent(quote.speakerKey(), key -> new ArrayList<>());
                // a headline quotation repeats one from the body: one entry
                if (!said.contains(quote.text()) && said.size() < MAX_PER_ARTICLE) {
                    said.add(quote.text());
                }
                names.putIfAbsent(quote.speakerKey(), quote.speakerName());
            }
            texts.forEach((speaker, said) -> bySpeaker.put(speaker, new SpeakerQuotes(speaker, names.get(speaker),
                    current.id(), current.headline(), current.publishedAt(), List.copyOf(said))));
        }
        if (previous != null) {
            for (ArticleQuote quote : previous.quotes()) {
                bySpeaker.computeIfAbsent(quote.speakerKey(), speaker -> new SpeakerQuotes(speaker,
                        quote.speakerName(), previous.id(), previous.headline(), previous.publishedAt(), List.of()));
            }
        }
        return List.copyOf(bySpeaker.values());
    }
}
