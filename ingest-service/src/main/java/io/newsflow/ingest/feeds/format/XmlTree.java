package io.newsflow.ingest.feeds.format;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Reading the DOM that {@link SecureXml} builds: children by namespace and name, text, attributes, markup. */
final class XmlTree {
    private static final Set<String> VOID_ELEMENTS = Set.of("br", "hr", "img", "input", "meta", "link", "wbr");

    private XmlTree() {
    }

    /** Direct child elements with this namespace (null: none) and local name. */
    static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())
                    && Objects.equals(namespace, element.getNamespaceURI())) {
                found.add(element);
            }
        }
        return found;
    }

    static Element child(Element parent, String namespace, String localName) {
        List<Element> found = children(parent, namespace, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    /** All direct child elements, whatever their name. */
    static List<Element> elements(Node parent) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                found.add(element);
            }
        }
        return found;
    }

    /** The element's text content, stripped; null when absent or blank. */
    static String text(Element element) {
        if (element == null) {
            return null;
        }
        String text = element.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }

    static String childText(Element parent, String namespace, String localName) {
        return text(child(parent, namespace, localName));
    }

    /** An attribute without namespace, stripped; null when absent or blank. */
    static String attribute(Element element, String name) {
        if (element == null || !element.hasAttribute(name)) {
            return null;
        }
        String value = element.getAttribute(name).strip();
        return value.isEmpty() ? null : value;
    }

    /** The nearest {@code xml:lang} on the element or an ancestor; null when none says. */
    static String language(Element element) {
        for (Node node = element; node instanceof Element current; node = node.getParentNode()) {
            String lang = current.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
            if (!lang.isBlank()) {
                return lang.strip();
            }
        }
        return null;
    }

    /**
     * The content of an element written back as HTML with local names only (XHTML inside Atom content or
     * NewsML-G2 inlineXML), so that one HTML-to-text path reads every kind of markup.
     */
    static String innerMarkup(Element element) {
        StringBuilder html = new StringBuilder();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            write(node, html);
        }
        return html.toString();
    }

    private static void write(Node node, StringBuilder html) {
        if (node instanceof Element element) {
            String name = element.getLocalName();
            html.append('<').append(name);
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node attribute = attributes.item(i);
                html.append(' ').append(attribute.getLocalName()).append("=\"")
                        .append(escape(attribute.getNodeValue()).replace("\"", "&quot;")).append('"');
            }
            html.append('>');
            if (!VOID_ELEMENTS.contains(name)) {
                for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    write(child, html);
                }
                html.append("</").append(name).append('>');
            }
        } else if (node.getNodeType() == Node.TEXT_NODE) {
            html.append(escape(node.getNodeValue()));
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
