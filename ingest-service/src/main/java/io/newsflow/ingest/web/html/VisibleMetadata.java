package io.newsflow.ingest.web.html;

import io.newsflow.common.plaintext.PageChrome;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a reader of the page sees, for pages without metadata: the {@code <h1>}, the author links and
 * "By ..." line, the {@code <time datetime>}. Elements inside the article are preferred over those
 * elsewhere on the page, which may belong to teasers of other stories.
 */
final class VisibleMetadata {
    private static final String BYLINE_CANDIDATES = "p, div, span, address";
    private static final int MAX_BYLINE_CHARS = 120;
    /** The publication time first; a bare {@code <time>} may be an update time, but is better than nothing. */
    private static final List<String> TIME_CANDIDATES = List.of(
            "time[itemprop=datePublished][datetime]", "time[pubdate][datetime]", "time[datetime]");

    private VisibleMetadata() {
    }

    static ArticleMetadata read(Document page) {
        Element scope = page.selectFirst("article");
        if (scope == null) {
            scope = page.body();
        }
        Instant published = published(scope).or(() -> published(page)).orElse(null);
        return new ArticleMetadata(headline(page, scope), byline(scope), published, null, null);
    }

    private static String headline(Document page, Element scope) {
        Element h1 = scope.selectFirst("h1");
        if (h1 == null) {
            h1 = page.selectFirst("h1");
        }
        String headline = h1 == null ? null : PageValues.text(h1.text());
        return headline != null ? headline : PageValues.text(page.title());
    }

    private static String byline(Element scope) {
        List<String> names = new ArrayList<>();
        scope.select("[rel=author], [itemprop=author]").forEach(author -> {
            Element name = author.selectFirst("[itemprop=name]");
            names.add(name != null ? name.text() : author.text());
        });
        String byline = PageValues.byline(names);
        if (byline != null) {
            return byline;
        }
        for (Element candidate : scope.select(BYLINE_CANDIDATES)) {
            String text = candidate.text().strip();
            if (text.length() <= MAX_BYLINE_CHARS && PageChrome.isByline(text)) {
                return PageValues.byline(List.of(text));
            }
        }
        return null;
    }

    private static Optional<Instant> published(Element scope) {
        for (String selector : TIME_CANDIDATES) {
            for (Element time : scope.select(selector)) {
                Instant published = PublishedDates.parse(time.attr("datetime"));
                if (published != null) {
                    return Optional.of(published);
                }
            }
        }
        return Optional.empty();
    }
}
