package io.newsflow.common.article;

import io.newsflow.common.event.RawArticleEvent;
import io.newsflow.common.ninjs.NinjsReader;
import io.newsflow.common.ninjs.NinjsValidationException;
import io.newsflow.common.schema.JsonObjectReader;
import io.newsflow.common.schema.SchemaViolation;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads one article sent as JSON, either a ninjs item or a {@link SimpleArticle}, and turns it into a
 * {@link RawArticleEvent}. An object with {@code uri}, {@code headlines} or {@code bodies} is ninjs and is
 * held to the official IPTC schema; anything else is the simple shape, whose property names are checked
 * so that a misspelt {@code headlnie} is reported instead of silently dropped.
 */
public final class ArticleJsonReader {
    /** Properties only a ninjs item has; the simple shape uses {@code headline}, {@code body} and {@code id}. */
    public static final Set<String> NINJS_MARKERS = Set.of("uri", "headlines", "bodies");
    private static final String WHAT = "an article (ninjs item or simple article)";
    /** id and version are strings, but a provider numbering its items 1, 2, 3 should not be refused. */
    private static final Set<String> NUMBERS_ALLOWED = Set.of("id", "version");

    private final RawArticleFactory factory;
    private final NinjsReader ninjsReader = new NinjsReader();

    public ArticleJsonReader(RawArticleFactory factory) {
        this.factory = factory;
    }

    /**
     * @param json     UTF-8 (or UTF-16/32, detected) JSON of one article
     * @param sourceId the source it came through
     * @throws ArticleValidationException when it is not JSON, not an object, or not a valid article
     */
    public RawArticleEvent read(byte[] json, String sourceId) {
        JsonNode node = parse(json);
        boolean ninjs = NINJS_MARKERS.stream().anyMatch(node::has);
        checkText(node, ninjs);
        return ninjs ? ninjsItem(json, sourceId) : readSimple(node, sourceId);
    }

    /**
     * Reads the JSON as a ninjs item whatever its shape, for input declared as ninjs.
     *
     * @throws ArticleValidationException with the ninjs schema's violations (fields as JSON pointers)
     */
    public RawArticleEvent readNinjs(byte[] json, String sourceId) {
        JsonNode node;
        try {
            node = JsonObjectReader.read(json, WHAT);
        } catch (JsonObjectReader.NotAJsonObjectException notAnObject) {
            return ninjsItem(json, sourceId); // the ninjs reader says what is wrong in its own terms
        }
        checkUtf8(json);
        checkText(node, true);
        return ninjsItem(json, sourceId);
    }

    private RawArticleEvent ninjsItem(byte[] json, String sourceId) {
        try {
            return factory.fromNinjs(ninjsReader.read(json), sourceId);
        } catch (NinjsValidationException e) {
            throw new ArticleValidationException(e.violations().stream().map(ArticleJsonReader::toViolation).toList());
        }
    }

    /** Whether the JSON object is a ninjs item by its properties ({@link #NINJS_MARKERS}). */
    public boolean isNinjs(byte[] json) {
        JsonNode node = parse(json);
        return NINJS_MARKERS.stream().anyMatch(node::has);
    }

    /**
     * Reads the JSON as a simple article, checking only its shape (property names and value types); the
     * content rules are {@link RawArticleFactory#fromSimple}'s, once the article is complete.
     *
     * @throws ArticleValidationException when it is not a JSON object, has unknown properties or values that
     *                                    are not strings
     */
    public SimpleArticle readSimpleShape(byte[] json) {
        JsonNode node = parse(json);
        checkText(node, false);
        SimpleShape shape = simpleShape(node);
        shape.violations().throwIfAny();
        return shape.article();
    }

    private RawArticleEvent readSimple(JsonNode node, String sourceId) {
        SimpleShape read = simpleShape(node);
        Violations shape = read.violations();
        if (shape.isEmpty()) {
            return factory.fromSimple(read.article(), sourceId);
        }
        try {
            factory.fromSimple(read.article(), sourceId);
        } catch (ArticleValidationException e) {
            // A field of the wrong type was left out above; its "required" would only repeat the type error.
            shape.addAll(e.violations().stream().filter(v -> !read.malformed().contains(v.field())).toList());
        }
        throw shape.toException();
    }

    /** A simple article as sent, the shape violations found, and the properties they concern. */
    private record SimpleShape(SimpleArticle article, Violations violations, Set<String> malformed) {
    }

    private static SimpleShape simpleShape(JsonNode node) {
        Violations shape = new Violations();
        Set<String> malformed = new HashSet<>();
        for (String property : node.propertyNames()) {
            if (!SimpleArticle.PROPERTIES.contains(property)) {
                malformed.add(property);
                shape.add(property, "unknown-property", "'" + property + "' is not a property of a simple article; "
                        + "use " + SimpleArticle.PROPERTIES.stream().sorted().collect(Collectors.joining(", "))
                        + ", or send a ninjs item");
            }
        }
        Map<String, String> values = new HashMap<>();
        for (String property : SimpleArticle.PROPERTIES) {
            JsonNode value = node.path(property);
            if (value.isString() || (value.isNumber() && NUMBERS_ALLOWED.contains(property))) {
                values.put(property, value.asString());
            } else if (!value.isMissingNode() && !value.isNull()) {
                malformed.add(property);
                shape.add(property, "string", property + " must be a JSON string, not a "
                        + value.getNodeType().name().toLowerCase(Locale.ROOT));
            }
        }
        SimpleArticle article = new SimpleArticle(values.get("headline"), values.get("body"), values.get("url"),
                values.get("source"), values.get("publishedAt"), values.get("language"), values.get("byline"),
                values.get("id"), values.get("version"));
        return new SimpleShape(article, shape, malformed);
    }

    /** Parses one JSON object, refusing JSON that claims UTF-8 but is not (an overlong {@code C0 AF}). */
    private static JsonNode parse(byte[] json) {
        JsonNode node;
        try {
            node = JsonObjectReader.read(json, WHAT);
        } catch (JsonObjectReader.NotAJsonObjectException e) {
            checkUtf8(json);
            throw new ArticleValidationException(List.of(toViolation(e.violation())));
        }
        checkUtf8(json);
        return node;
    }

    /** JSON without a BOM or zero bytes in its first two is UTF-8 (RFC 8259); UTF-16/32 are left to the parser. */
    private static void checkUtf8(byte[] json) {
        boolean wideEncoding = json.length >= 2 && (json[0] == 0 || json[1] == 0 || (json[0] & 0xFF) >= 0xFE);
        if (!wideEncoding) {
            TextRules.decodeStrictly(json, StandardCharsets.UTF_8, TextRules.REQUEST_BODY, "utf-8");
        }
    }

    /**
     * Every string value of the article against the {@link TextRules}. Fields are named as elsewhere: a
     * simple article's property name, a JSON pointer into a ninjs item.
     */
    private static void checkText(JsonNode node, boolean ninjs) {
        List<ArticleViolation> violations = new ArrayList<>();
        collectText(node, "", ninjs, violations);
        if (!violations.isEmpty()) {
            throw new ArticleValidationException(violations);
        }
    }

    private static void collectText(JsonNode node, String pointer, boolean ninjs, List<ArticleViolation> found) {
        if (node.isString()) {
            String field = ninjs ? pointer : pointer.substring(1);
            TextRules.check(field, node.asString()).ifPresent(found::add);
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String name = property.getKey().replace("~", "~0").replace("/", "~1");
                collectText(property.getValue(), pointer + "/" + name, ninjs, found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectText(node.get(i), pointer + "/" + i, ninjs, found);
            }
        }
    }

    /** A violation of the document as a whole (not JSON, not an object) names {@link TextRules#REQUEST_BODY}. */
    private static ArticleViolation toViolation(SchemaViolation violation) {
        String field = violation.field().isEmpty() ? TextRules.REQUEST_BODY : violation.field();
        return new ArticleViolation(field, violation.rule(), violation.message());
    }
}
