package io.newsflow.ingest.web.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the schema.org article a page describes in {@code <script type="application/ld+json">}: an
 * {@code Article}, {@code NewsArticle} or one of its kinds ({@code ReportageNewsArticle} and so on), found
 * at the top, in a top-level array or in an {@code @graph}. Publishers' CMSs write it for search engines,
 * so it is usually the most exact statement of headline, authors and date on the page.
 */
final class JsonLdMetadata {
    /** Hand-edited JSON-LD often has raw line breaks in strings or a trailing comma; read it anyway. */
    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    /** Deeper than any real page nests; stops a hostile page from recursing without end. */
    private static final int MAX_DEPTH = 8;

    private JsonLdMetadata() {
    }

    static ArticleMetadata read(Document page, URI base) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = LENIENT.readTree(script.data());
            } catch (JacksonException unreadable) {
                continue; // one broken block should not hide the metadata in the next
            }
            Map<String, JsonNode> byId = new HashMap<>();
            index(root, byId, 0);
            JsonNode article = findArticle(root, 0);
            if (article != null) {
                return metadata(article, byId, base);
            }
        }
        return ArticleMetadata.NONE;
    }

    private static ArticleMetadata metadata(JsonNode article, Map<String, JsonNode> byId, URI base) {
        String headline = PageValues.text(string(article.get("headline")));
        if (headline == null) {
            headline = PageValues.text(string(article.get("name")));
        }
        String published = string(article.get("datePublished"));
        if (published == null) {
            published = string(article.get("dateCreated"));
        }
        String url = string(article.get("url"));
        if (url == null) {
            url = idOrString(article.get("mainEntityOfPage"));
        }
        return new ArticleMetadata(headline, PageValues.byline(authors(article.get("author"), byId)),
                PublishedDates.parse(published), PageValues.language(language(article.get("inLanguage"))),
                PageValues.absoluteUrl(url, base));
    }

    private static List<String> authors(JsonNode author, Map<String, JsonNode> byId) {
        List<String> names = new ArrayList<>();
        if (author == null) {
            return names;
        }
        for (JsonNode one : author.isArray() ? author : List.of(author)) {
            if (one.isString()) {
                names.add(one.asString());
            } else if (one.isObject()) {
                JsonNode person = one.has("name") ? one : byId.getOrDefault(string(one.get("@id")), one);
                String name = string(person.get("name"));
                if (name != null) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static String language(JsonNode inLanguage) {
        if (inLanguage == null) {
            return null;
        }
        if (inLanguage.isObject()) {
            String code = string(inLanguage.get("alternateName"));
            return code != null ? code : string(inLanguage.get("name"));
        }
        return string(inLanguage);
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                JsonNode found = findArticle(element, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (isArticle(node.get("@type"))) {
            return node;
        }
        return findArticle(node.get("@graph"), depth + 1);
    }

    private static void index(JsonNode node, Map<String, JsonNode> byId, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> index(element, byId, depth + 1));
        } else if (node.isObject()) {
            String id = string(node.get("@id"));
            if (id != null && node.has("name")) {
                byId.putIfAbsent(id, node);
            }
            index(node.get("@graph"), byId, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        for (JsonNode one : type.isArray() ? type : List.of(type)) {
            String name = string(one);
            if (name != null) {
                // "NewsArticle", "schema:NewsArticle" and "https://schema.org/NewsArticle" are the same type.
                String local = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1);
                if (local.equals("Article") || local.endsWith("NewsArticle")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String idOrString(JsonNode node) {
        if (node == null) {
            return null;
        }
        return node.isObject() ? string(node.get("@id")) : string(node);
    }

    private static String string(JsonNode node) {
        return node != null && node.isString() ? node.asString() : null;
    }
}
