package io.newsflow.ingest.feeds.format;

import io.newsflow.common.html.HtmlToText;
import io.newsflow.common.html.TextLayout;
import io.newsflow.common.ninjs.NinjsItem;
import io.newsflow.common.ninjs.NinjsSubject;
import io.newsflow.common.ninjs.NinjsText;
import tools.jackson.databind.JsonNode;

import java.util.Locale;
import java.util.Set;

/** A validated ninjs 3.x item as feed entry fields. */
final class Ninjs3Items {
    // Roles under which providers (and newsflow's own RawArticleFactory) put the article's web address.
    private static final Set<String> LINK_ROLES = Set.of("url", "link", "canonical", "web", "weburl");

    private Ninjs3Items() {
    }

    /** @param json the same item as JSON, for the properties {@link NinjsItem} keeps only as raw values */
    static EntryDraft draft(NinjsItem item, JsonNode json) {
        NinjsText body = item.mainBody();
        EntryDraft draft = new EntryDraft()
                .guid(item.uri())
                .link(link(json))
                .headline(headline(item))
                .body(body == null ? null : text(body.contentType(), body.value()))
                .summary(summary(json))
                .byline(item.by() == null ? null : TextLayout.oneLine(item.by()))
                .version(item.version())
                .pubStatus(item.pubStatus())
                .language(item.language())
                .published(item.firstCreated() != null ? item.firstCreated() : item.contentCreated())
                .updated(item.versionCreated());
        for (NinjsSubject subject : item.subjects()) {
            draft.subject(subject.uri() != null ? subject.uri() : subject.literal(), subject.name());
        }
        return draft;
    }

    private static String headline(NinjsItem item) {
        String main = item.mainHeadline();
        if (main == null) {
            return null;
        }
        boolean html = item.headlines().stream().anyMatch(h -> main.equals(h.value()) && h.isHtml());
        return html ? HtmlToText.toLine(main) : TextLayout.oneLine(main);
    }

    private static String summary(JsonNode json) {
        for (JsonNode description : json.path("descriptions").values()) {
            if (description.path("value").isString()) {
                return text(description.path("contentType").asString(null), description.path("value").asString());
            }
        }
        return null;
    }

    private static String link(JsonNode json) {
        for (JsonNode altId : json.path("altIds").values()) {
            String role = altId.path("role").asString("").toLowerCase(Locale.ROOT);
            if (LINK_ROLES.contains(role) && altId.path("value").isString()) {
                return altId.path("value").asString();
            }
        }
        return null;
    }

    static String text(String contentType, String value) {
        boolean html = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
        return html ? HtmlToText.toText(value) : TextLayout.tidy(value);
    }
}
