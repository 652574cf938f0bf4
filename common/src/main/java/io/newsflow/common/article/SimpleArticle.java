package io.newsflow.common.article;

import java.util.Set;

/**
 * The simple JSON shape for publishers that do not speak ninjs. All values are the strings the client
 * sent; {@link RawArticleFactory} checks them and says which field breaks which rule.
 *
 * @param headline    required
 * @param body        required, plain text
 * @param url         the article's web address, http or https; its canonical form becomes the id when
 *                    there is no {@code id}
 * @param source      source id overriding the one the request came through, {@code [a-z0-9][a-z0-9._-]{0,63}}
 * @param publishedAt ISO-8601 date-time with offset ({@code 2024-05-01T09:30:00+02:00}) or date ({@code 2024-05-01})
 * @param language    BCP 47 language tag such as {@code en} or {@code pt-BR}
 * @param byline      the author(s) as they should be credited
 * @param id          the provider's own id for the article, stable across versions
 * @param version     the provider's version of the article; {@code "1"} when absent
 */
public record SimpleArticle(String headline, String body, String url, String source, String publishedAt,
                            String language, String byline, String id, String version) {

    /** The JSON property names of the simple shape, in the order of the record. */
    public static final Set<String> PROPERTIES = Set.of(
            "headline", "body", "url", "source", "publishedAt", "language", "byline", "id", "version");
}
