package io.newsflow.ingest.feeds.format;

import io.newsflow.common.html.HtmlToText;
import io.newsflow.common.html.TextLayout;
import io.newsflow.common.ninjs.PubStatus;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ninjs 1.x and 2.x items, mapped by hand: newsflow ships no schema for them, and their lower-case property
 * names ({@code versioncreated}, {@code body_text}, ...) do not fit the 3.x model. The checks are the ones
 * those schemas make on the fields read here: a {@code uri}, strings where strings belong, a known
 * {@code pubstatus}.
 */
final class Ninjs2Items {
    private static final Set<String> NINJS_2_ONLY = Set.of("headline", "body_text", "body_html", "body_xhtml",
            "description_text", "description_html", "versioncreated", "firstcreated", "pubstatus", "byline",
            "subject", "person", "organisation", "place", "copyrightholder", "copyrightnotice", "usageterms",
            "ednote", "embargoed", "mimetype", "representationtype");
    private static final Pattern OLD_SCHEMA = Pattern.compile("ninjs-schema_v?[12][._]");
    private static final List<String> STRING_FIELDS = List.of("uri", "version", "versioncreated", "firstcreated",
            "pubstatus", "language", "headline", "byline", "body_text", "body_html", "body_xhtml",
            "description_text", "description_html");

    private Ninjs2Items() {
    }

    /**
     * An item is 1.x/2.x when it says so ({@code standard.version} or a 1.x/2.x schema URL) or, saying nothing,
     * uses any property only those versions have; a 3.x schema would reject such an item anyway.
     */
    static boolean isNinjs2(JsonNode item) {
        String declaredVersion = item.path("standard").path("version").asString("").strip();
        if (declaredVersion.startsWith("1") || declaredVersion.startsWith("2")) {
            return true;
        }
        if (declaredVersion.startsWith("3")) {
            return false;
        }
        for (JsonNode schema : List.of(item.path("$schema"), item.path("standard").path("schema"))) {
            if (schema.isString() && OLD_SCHEMA.matcher(schema.asString()).find()) {
                return true;
            }
        }
        return item.propertyNames().stream().anyMatch(NINJS_2_ONLY::contains);
    }

    /** @throws InvalidItemException naming every field that breaks the rules */
    static EntryDraft draft(JsonNode item) {
        check(item);
        EntryDraft draft = new EntryDraft()
                .guid(string(item, "uri"))
                .link(link(item))
                .headline(headline(item))
                .body(body(item))
                .summary(string(item, "description_text") != null
                        ? TextLayout.tidy(string(item, "description_text"))
                        : HtmlToText.toText(string(item, "description_html")))
                .byline(string(item, "byline") == null ? null : TextLayout.oneLine(string(item, "byline")))
                .version(string(item, "version"))
                .pubStatus(string(item, "pubstatus"))
                .language(string(item, "language"))
                .published(string(item, "firstcreated"))
                .updated(string(item, "versioncreated"));
        for (JsonNode subject : item.path("subject").values()) {
            draft.subject(subject.path("code").asString(null), subject.path("name").asString(null));
        }
        return draft;
    }

    private static void check(JsonNode item) {
        List<String> problems = new ArrayList<>();
        if (!item.path("uri").isString() || item.path("uri").asString().isBlank()) {
            problems.add("uri: required, a string that identifies the item across versions");
        }
        for (String field : STRING_FIELDS) {
            if (item.has(field) && !item.get(field).isString() && !item.get(field).isNull()) {
                problems.add(field + ": must be a string, was " + item.get(field).getNodeType());
            }
        }
        String pubStatus = string(item, "pubstatus");
        if (pubStatus != null && !Set.of(PubStatus.USABLE, PubStatus.WITHHELD, PubStatus.CANCELED).contains(pubStatus)) {
            problems.add("pubstatus: must be usable, withheld or canceled, was \"" + pubStatus + "\"");
        }
        if (item.has("subject") && !item.get("subject").isArray()) {
            problems.add("subject: must be an array");
        }
        if (!problems.isEmpty()) {
            throw new InvalidItemException("Not a valid ninjs 2.x item; correct these and send it again: "
                    + String.join("; ", problems));
        }
    }

    private static String headline(JsonNode item) {
        String headline = string(item, "headline");
        if (headline == null) {
            for (JsonNode candidate : item.path("headlines").values()) {
                if (candidate.path("value").isString()) {
                    headline = candidate.path("value").asString();
                    break;
                }
            }
        }
        return headline == null ? null : TextLayout.oneLine(headline);
    }

    private static String body(JsonNode item) {
        String text = string(item, "body_text");
        if (text != null) {
            return TextLayout.tidy(text);
        }
        String html = string(item, "body_html") != null ? string(item, "body_html") : string(item, "body_xhtml");
        return html == null ? null : HtmlToText.toText(html);
    }

    /** ninjs 1.x/2.x {@code altids} is an object of id by role; the web address is under url or link. */
    private static String link(JsonNode item) {
        JsonNode altIds = item.path("altids");
        for (String role : List.of("url", "link", "canonical")) {
            if (altIds.path(role).isString()) {
                return altIds.path(role).asString();
            }
        }
        return null;
    }

    private static String string(JsonNode item, String field) {
        JsonNode value = item.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }

    /** A ninjs 1.x/2.x item that breaks the rules of its version. */
    static final class InvalidItemException extends RuntimeException {
        InvalidItemException(String message) {
            super(message);
        }
    }
}
