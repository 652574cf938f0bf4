package io.newsflow.enrich.bench;

import io.newsflow.common.article.ArticleLimits;
import io.newsflow.common.article.RawArticleFactory;
import io.newsflow.common.article.SimpleArticle;
import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.enrich.conll.ConllReader;
import io.newsflow.enrich.conll.ConllSentence;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The documents of a CoNLL-2003 file as short wire articles for the benchmark: the first sentence (the Reuters
 * headline) as headline, the others as the body, one sentence a line, tokens joined by single spaces. The text is
 * Reuters' and is only read from the shared datasets, never stored.
 */
final class ConllArticles {
    private ConllArticles() {
    }

    static List<RawArticleEvent> read(Path file) throws IOException {
        RawArticleFactory factory = new RawArticleFactory(Clock.systemUTC(), ArticleLimits.DEFAULTS);
        List<RawArticleEvent> articles = new ArrayList<>();
        for (List<ConllSentence> document : new ConllReader().readDocuments(file)) {
            if (document.size() < 2) {
                continue;
            }
            String headline = text(document.get(0));
            String body = document.subList(1, document.size()).stream().map(ConllArticles::text)
                    .collect(Collectors.joining("\n"));
            articles.add(factory.fromSimple(new SimpleArticle(headline, body, null, null, null, null, null,
                    "conll-" + articles.size(), null), "bench"));
        }
        return articles;
    }

    private static String text(ConllSentence sentence) {
        return String.join(" ", sentence.tokens());
    }
}
