package io.newsflow.ingest.web.html;

import java.time.Instant;

/**
 * What an article page says about its article. Every field but {@code body} may be null when the page
 * does not say.
 *
 * @param headline     the article's headline
 * @param byline       the author(s) as credited, without a leading "By"
 * @param published    when it was first published
 * @param language     BCP 47 language tag, such as {@code en} or {@code en-GB}
 * @param body         the main text, paragraphs separated by a blank line; empty when none was found
 * @param canonicalUrl the page's own statement of its address (rel=canonical, og:url or JSON-LD), absolute
 */
public record ExtractedArticle(String headline, String byline, Instant published, String language, String body,
                               String canonicalUrl) {

    public boolean hasBody() {
        return body != null && !body.isBlank();
    }
}
