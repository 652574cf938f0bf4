package io.newsflow.ingest.web.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the article metadata pages put in their head for link previews and indexing: Open Graph
 * ({@code og:title}, {@code og:url}, {@code og:locale}), {@code article:published_time} and
 * {@code article:author}, the classic {@code author} and {@code date} meta names, Dublin Core, the
 * canonical link and the document's declared language.
 */
final class MetaTagMetadata {
    private static final List<String> HEADLINES = List.of(
            "meta[property=og:title]", "meta[name=twitter:title]", "meta[name=title]");
    private static final List<String> AUTHORS = List.of(
            "meta[name=author]", "meta[property=article:author]", "meta[name=byl]", "meta[name=dc.creator]",
            "meta[name=dcterms.creator]");
    private static final List<String> DATES = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=pubdate]", "meta[name=publishdate]",
            "meta[name=dc.date.issued]", "meta[name=dcterms.issued]", "meta[name=dc.date]",
            "meta[name=dcterms.created]");

    private MetaTagMetadata() {
    }

    static ArticleMetadata read(Document page, URI base) {
        String headline = null;
        for (String selector : HEADLINES) {
            headline = headline != null ? headline : PageValues.text(content(page, selector));
        }
        String byline = null;
        for (String selector : AUTHORS) {
            if (byline == null) {
                List<String> names = new ArrayList<>();
                page.select(selector).forEach(meta -> names.add(meta.attr("content")));
                byline = PageValues.byline(names);
            }
        }
        return new ArticleMetadata(headline, byline, published(page), language(page), canonicalUrl(page, base));
    }

    private static Instant published(Document page) {
        for (String selector : DATES) {
            Instant published = PublishedDates.parse(content(page, selector));
            if (published != null) {
                return published;
            }
        }
        return null;
    }

    private static String language(Document page) {
        Element html = page.selectFirst("html");
        String declared = html == null ? null : PageValues.language(html.attr("lang"));
        if (declared != null) {
            return declared;
        }
        String header = PageValues.language(content(page, "meta[http-equiv=content-language]"));
        return header != null ? header : PageValues.language(content(page, "meta[property=og:locale]"));
    }

    private static String canonicalUrl(Document page, URI base) {
        Element link = page.selectFirst("link[rel=canonical][href]");
        String canonical = link == null ? null : PageValues.absoluteUrl(link.attr("href"), base);
        return canonical != null ? canonical : PageValues.absoluteUrl(content(page, "meta[property=og:url]"), base);
    }

    private static String content(Document page, String selector) {
        Element meta = page.selectFirst(selector + "[content]");
        return meta == null ? null : meta.attr("content");
    }
}
