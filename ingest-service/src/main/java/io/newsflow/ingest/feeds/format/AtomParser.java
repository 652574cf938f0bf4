package io.newsflow.ingest.feeds.format;

import io.newsflow.common.html.HtmlToText;
import io.newsflow.common.html.TextLayout;
import io.newsflow.ingest.web.text.TextDecoder;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Atom 1.0 (RFC 4287), a feed or a single entry document: per entry {@code id}, {@code title},
 * {@code link rel="alternate"} (resolved against {@code xml:base}), {@code content} as the body and
 * {@code summary}, both of type text, html or xhtml, {@code author/name} (the feed's authors when the entry
 * names none, as the RFC says), {@code published}, {@code updated}, {@code category} and {@code xml:lang}.
 * Content given by reference ({@code src}) or in a non-text media type is no body: the link leads to it.
 */
public final class AtomParser implements FeedParser {
    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    @Override
    public FeedParseResult parse(byte[] document, String contentType) {
        Element root = SecureXml.parse(TextDecoder.decodeXml(document, contentType)).getDocumentElement();
        if (!ATOM_NS.equals(root.getNamespaceURI())
                || !("feed".equals(root.getLocalName()) || "entry".equals(root.getLocalName()))) {
            throw FeedParsers.wrongFormat("Atom", root);
        }
        boolean singleEntry = "entry".equals(root.getLocalName());
        List<Element> entries = singleEntry ? List.of(root) : XmlTree.children(root, ATOM_NS, "entry");
        String feedAuthors = singleEntry ? null : authors(root);
        FeedItems feed = new FeedItems();
        int position = 0;
        for (Element entry : entries) {
            position++;
            try {
                feed.add(draft(entry, feedAuthors), position);
            } catch (RuntimeException e) {
                feed.reject("unreadable-item", "item " + position, String.valueOf(e.getMessage()));
            }
        }
        return feed.result();
    }

    private static EntryDraft draft(Element entry, String feedAuthors) {
        Element source = XmlTree.child(entry, ATOM_NS, "source");
        String authors = Optional.ofNullable(authors(entry))
                .or(() -> Optional.ofNullable(source == null ? null : authors(source)))
                .orElse(feedAuthors);
        EntryDraft draft = new EntryDraft()
                .guid(XmlTree.childText(entry, ATOM_NS, "id"))
                .link(alternateLink(entry))
                .headline(TextLayout.oneLine(textConstruct(XmlTree.child(entry, ATOM_NS, "title"))))
                .body(content(XmlTree.child(entry, ATOM_NS, "content")))
                .summary(textConstruct(XmlTree.child(entry, ATOM_NS, "summary")))
                .byline(authors)
                .language(XmlTree.language(entry))
                .published(XmlTree.childText(entry, ATOM_NS, "published"))
                .updated(XmlTree.childText(entry, ATOM_NS, "updated"));
        for (Element category : XmlTree.children(entry, ATOM_NS, "category")) {
            String term = XmlTree.attribute(category, "term");
            String label = XmlTree.attribute(category, "label");
            if (label != null) {
                draft.subject(term, label);
            } else {
                draft.subject(null, term);
            }
        }
        return draft;
    }

    private static String authors(Element parent) {
        String names = XmlTree.children(parent, ATOM_NS, "author").stream()
                .map(author -> XmlTree.childText(author, ATOM_NS, "name"))
                .filter(Objects::nonNull)
                .map(TextLayout::oneLine)
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? null : names;
    }

    private static String alternateLink(Element entry) {
        Element best = null;
        for (Element link : XmlTree.children(entry, ATOM_NS, "link")) {
            String rel = XmlTree.attribute(link, "rel");
            if ((rel == null || rel.equals("alternate")) && XmlTree.attribute(link, "href") != null) {
                String type = XmlTree.attribute(link, "type");
                boolean isPage = type == null || type.toLowerCase(Locale.ROOT).contains("html");
                if (best == null || isPage && XmlTree.attribute(best, "type") != null) {
                    best = link;
                }
            }
        }
        return best == null ? null : resolved(best, XmlTree.attribute(best, "href"));
    }

    /** An href made absolute against the nearest {@code xml:base}, as Atom requires; as written if it cannot be. */
    private static String resolved(Element element, String href) {
        for (Node node = element; node instanceof Element current; node = node.getParentNode()) {
            String base = current.getAttributeNS(XMLConstants.XML_NS_URI, "base");
            if (!base.isBlank()) {
                try {
                    return URI.create(base.strip()).resolve(href).toString();
                } catch (IllegalArgumentException malformed) {
                    return href;
                }
            }
        }
        return href;
    }

    private static String content(Element content) {
        if (content == null || XmlTree.attribute(content, "src") != null) {
            return null;
        }
        String type = typeOf(content);
        if (type.equals("text") || type.equals("html") || type.equals("xhtml")) {
            return textConstruct(content);
        }
        if (type.contains("html")) {
            return HtmlToText.toText(content.getTextContent());
        }
        if (type.startsWith("text/")) {
            return TextLayout.tidy(content.getTextContent());
        }
        return null;
    }

    /** An Atom text construct (title, summary, content) as plain text; null when absent. */
    private static String textConstruct(Element element) {
        if (element == null) {
            return null;
        }
        return switch (typeOf(element)) {
            case "html" -> HtmlToText.toText(element.getTextContent());
            case "xhtml" -> {
                Element div = XmlTree.child(element, XHTML_NS, "div");
                yield HtmlToText.toText(XmlTree.innerMarkup(div != null ? div : element));
            }
            default -> TextLayout.tidy(element.getTextContent());
        };
    }

    private static String typeOf(Element element) {
        String type = XmlTree.attribute(element, "type");
        return type == null ? "text" : type.toLowerCase(Locale.ROOT);
    }
}
