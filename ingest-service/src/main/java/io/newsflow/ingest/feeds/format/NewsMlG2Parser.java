package io.newsflow.ingest.feeds.format;

import io.newsflow.common.html.HtmlToText;
import io.newsflow.common.html.TextLayout;
import io.newsflow.common.ninjs.PubStatus;
import io.newsflow.ingest.web.text.TextDecoder;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * IPTC NewsML-G2 text news: a {@code newsItem}, or a {@code newsMessage} whose {@code itemSet} holds several.
 * Per item: the {@code guid} and {@code version} attributes; from {@code itemMeta} the {@code pubStatus}
 * ({@code stat:usable|withheld|canceled}; absent means usable, as the standard says), a
 * {@code signal qcode="sig:withdrawn"} (read as canceled), {@code firstCreated} and {@code versionCreated};
 * from {@code contentMeta} the {@code headline}, {@code by} (else the {@code creator} names), the
 * {@code description} as summary, {@code contentCreated}, {@code language tag} (else {@code xml:lang}) and
 * each {@code subject} with its qcode and name; from {@code contentSet} the first {@code inlineXML} (XHTML or
 * NITF, reduced to text) or else the first {@code inlineData} as the body.
 * <p>
 * Items of another class than text (pictures, video, packages) are rejected as {@code not-text}; an item with
 * an unknown publishing status is rejected as {@code unknown-pub-status} rather than published as usable.
 */
public final class NewsMlG2Parser implements FeedParser {
    static final String NAR_NS = "http://iptc.org/std/nar/2006-10-01/";

    private static final Map<String, String> PUB_STATUS = Map.of(
            "stat:usable", PubStatus.USABLE, "stat:withheld", PubStatus.WITHHELD, "stat:canceled", PubStatus.CANCELED,
            "http://cv.iptc.org/newscodes/pubstatusg2/usable", PubStatus.USABLE,
            "http://cv.iptc.org/newscodes/pubstatusg2/withheld", PubStatus.WITHHELD,
            "http://cv.iptc.org/newscodes/pubstatusg2/canceled", PubStatus.CANCELED);
    private static final List<String> TEXT_CLASSES = List.of("ninat:text", "ninat:composite",
            "http://cv.iptc.org/newscodes/ninature/text", "http://cv.iptc.org/newscodes/ninature/composite");

    @Override
    public FeedParseResult parse(byte[] document, String contentType) {
        Element root = SecureXml.parse(TextDecoder.decodeXml(document, contentType)).getDocumentElement();
        List<Element> newsItems;
        if (isNar(root, "newsItem")) {
            newsItems = List.of(root);
        } else if (isNar(root, "newsMessage")) {
            newsItems = new ArrayList<>();
            for (Element itemSet : XmlTree.children(root, NAR_NS, "itemSet")) {
                newsItems.addAll(XmlTree.elements(itemSet));
            }
        } else {
            throw FeedParsers.wrongFormat("NewsML-G2", root);
        }
        FeedItems feed = new FeedItems();
        int position = 0;
        for (Element item : newsItems) {
            position++;
            String reference = Optional.ofNullable(XmlTree.attribute(item, "guid")).orElse("item " + position);
            try {
                read(item, position, reference, feed);
            } catch (RuntimeException e) {
                feed.reject("unreadable-item", reference, String.valueOf(e.getMessage()));
            }
        }
        return feed.result();
    }

    private static void read(Element item, int position, String reference, FeedItems feed) {
        if (!isNar(item, "newsItem")) {
            feed.reject("not-text", reference, "A NewsML-G2 " + item.getLocalName() + " is not a text news item; "
                    + "only newsItems are read");
            return;
        }
        Element itemMeta = XmlTree.child(item, NAR_NS, "itemMeta");
        Element contentMeta = XmlTree.child(item, NAR_NS, "contentMeta");
        String itemClass = itemMeta == null ? null : XmlTree.attribute(XmlTree.child(itemMeta, NAR_NS, "itemClass"), "qcode");
        if (itemClass != null && !TEXT_CLASSES.contains(itemClass)) {
            feed.reject("not-text", reference, "The item is of class " + itemClass + "; only text items are read");
            return;
        }
        String rawStatus = statusCode(itemMeta);
        String pubStatus = rawStatus == null ? PubStatus.USABLE : PUB_STATUS.get(rawStatus);
        if (pubStatus == null) {
            feed.reject("unknown-pub-status", reference, "The item's pubStatus " + rawStatus + " is none of "
                    + "stat:usable, stat:withheld, stat:canceled; it is left out rather than published as usable");
            return;
        }
        if (isWithdrawn(itemMeta)) {
            pubStatus = PubStatus.CANCELED;
        }
        String firstCreated = itemMeta == null ? null : XmlTree.childText(itemMeta, NAR_NS, "firstCreated");
        String contentCreated = contentMeta == null ? null : XmlTree.childText(contentMeta, NAR_NS, "contentCreated");
        EntryDraft draft = new EntryDraft()
                .guid(XmlTree.attribute(item, "guid"))
                .version(XmlTree.attribute(item, "version"))
                .pubStatus(pubStatus)
                .body(body(XmlTree.child(item, NAR_NS, "contentSet")))
                .published(firstCreated != null ? firstCreated : contentCreated)
                .updated(itemMeta == null ? null : XmlTree.childText(itemMeta, NAR_NS, "versionCreated"))
                .language(language(item, contentMeta));
        if (contentMeta != null) {
            draft.headline(TextLayout.oneLine(XmlTree.childText(contentMeta, NAR_NS, "headline")))
                    .byline(byline(contentMeta))
                    .summary(TextLayout.tidy(XmlTree.childText(contentMeta, NAR_NS, "description")));
            for (Element subject : XmlTree.children(contentMeta, NAR_NS, "subject")) {
                String code = Optional.ofNullable(XmlTree.attribute(subject, "qcode"))
                        .orElse(XmlTree.attribute(subject, "uri"));
                draft.subject(code, XmlTree.childText(subject, NAR_NS, "name"));
            }
        }
        feed.add(draft, position);
    }

    private static String statusCode(Element itemMeta) {
        Element status = itemMeta == null ? null : XmlTree.child(itemMeta, NAR_NS, "pubStatus");
        if (status == null) {
            return null;
        }
        return Optional.ofNullable(XmlTree.attribute(status, "qcode")).orElse(XmlTree.attribute(status, "uri"));
    }

    private static boolean isWithdrawn(Element itemMeta) {
        return itemMeta != null && XmlTree.children(itemMeta, NAR_NS, "signal").stream()
                .map(signal -> XmlTree.attribute(signal, "qcode"))
                .anyMatch("sig:withdrawn"::equals);
    }

    private static String byline(Element contentMeta) {
        String by = XmlTree.childText(contentMeta, NAR_NS, "by");
        if (by != null) {
            return TextLayout.oneLine(by);
        }
        String creators = XmlTree.children(contentMeta, NAR_NS, "creator").stream()
                .map(creator -> XmlTree.childText(creator, NAR_NS, "name"))
                .filter(Objects::nonNull)
                .map(TextLayout::oneLine)
                .collect(Collectors.joining(", "));
        return creators.isEmpty() ? null : creators;
    }

    private static String language(Element item, Element contentMeta) {
        Element language = contentMeta == null ? null : XmlTree.child(contentMeta, NAR_NS, "language");
        return Optional.ofNullable(XmlTree.attribute(language, "tag")).orElse(XmlTree.language(item));
    }

    private static String body(Element contentSet) {
        if (contentSet == null) {
            return null;
        }
        Element inlineXml = XmlTree.child(contentSet, NAR_NS, "inlineXML");
        if (inlineXml != null) {
            return HtmlToText.toText(XmlTree.innerMarkup(inlineXml));
        }
        Element inlineData = XmlTree.child(contentSet, NAR_NS, "inlineData");
        if (inlineData != null) {
            String type = Optional.ofNullable(XmlTree.attribute(inlineData, "contenttype")).orElse("text/plain");
            return type.toLowerCase(Locale.ROOT).contains("html") ? HtmlToText.toText(inlineData.getTextContent())
                    : TextLayout.tidy(inlineData.getTextContent());
        }
        return null;
    }

    private static boolean isNar(Element element, String localName) {
        return NAR_NS.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
    }
}
