package io.newsflow.ingest.feeds.format;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;

/**
 * Reads feed XML without ever resolving anything: a document with a DOCTYPE is refused outright
 * ({@code doctype-forbidden}) the moment the DOCTYPE is seen, before any element is read, so neither
 * external entities (XXE to a file or URL), an external DTD nor entity expansion (billion laughs) can happen.
 * Feeds have no business carrying a DTD: RSS, Atom and NewsML-G2 are defined without one.
 * <p>
 * The JDK's own StAX parser is used (not whatever a jar on the classpath registers), configured with DTDs
 * unsupported, external entities off, external DTD and schema access denied and a resolver that refuses
 * everything, so that the DOCTYPE check is one defence of several. The result is a namespace-aware DOM
 * built by hand from the events (a DOM builder that parses would be a second parser to harden).
 */
public final class SecureXml {
    /** Deeper than any feed needs; stops a nesting bomb before it costs a deep DOM and deep recursion. */
    static final int MAX_DEPTH = 256;

    private static final String XML_NS = XMLConstants.XML_NS_URI;

    private SecureXml() {
    }

    /**
     * @param xml the decoded document (see {@link io.newsflow.ingest.web.text.TextDecoder#decodeXml})
     * @throws FeedFormatException {@code doctype-forbidden} for any DOCTYPE, {@code not-xml} when the text is not
     *                             well-formed, {@code too-deeply-nested} beyond {@value #MAX_DEPTH} levels
     */
    public static Document parse(String xml) {
        Document document = newDocument();
        XMLStreamReader reader = open(xml);
        try {
            Node current = document;
            int depth = 0;
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.DTD -> throw doctypeForbidden();
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new FeedFormatException("entity-forbidden",
                            "The feed refers to an entity (&" + reader.getLocalName() + ";) that XML does not "
                                    + "predefine; ask the provider for plain characters or numeric references");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++depth > MAX_DEPTH) {
                            throw new FeedFormatException("too-deeply-nested", "The feed nests elements more than "
                                    + MAX_DEPTH + " levels deep, which no feed format needs; it is not read");
                        }
                        Element element = element(document, reader);
                        current.appendChild(element);
                        current = element;
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        current = current.getParentNode();
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (current != document) {
                            current.appendChild(document.createTextNode(reader.getText()));
                        }
                    }
                    default -> {
                        // comments and processing instructions carry no feed content
                    }
                }
            }
            return document;
        } catch (XMLStreamException e) {
            throw notXml(e);
        } finally {
            close(reader);
        }
    }

    /**
     * The name of the root element, reading only up to it; for telling formats apart cheaply.
     *
     * @throws FeedFormatException as {@link #parse(String)} for what comes before the root element
     */
    public static QName rootElement(String xml) {
        XMLStreamReader reader = open(xml);
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw doctypeForbidden();
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return reader.getName();
                }
            }
            throw new FeedFormatException("not-xml", "The document has no root element; it is not a feed");
        } catch (XMLStreamException e) {
            throw notXml(e);
        } finally {
            close(reader);
        }
    }

    private static XMLStreamReader open(String xml) {
        try {
            // Blank lines before the XML declaration (a classic of blog plugins) make the XML ill-formed but
            // change nothing about its content, so they are dropped rather than costing the whole feed.
            return factory().createXMLStreamReader(new StringReader(xml.stripLeading()));
        } catch (XMLStreamException e) {
            throw notXml(e);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("External resource " + systemId + " refused: feeds are read without "
                    + "resolving anything");
        });
        return factory;
    }

    private static Element element(Document document, XMLStreamReader reader) {
        Element element = document.createElementNS(emptyToNull(reader.getNamespaceURI()),
                qualified(reader.getPrefix(), reader.getLocalName()));
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            QName name = reader.getAttributeName(i);
            String namespace = emptyToNull(name.getNamespaceURI());
            String prefix = XML_NS.equals(namespace) ? "xml" : name.getPrefix();
            element.setAttributeNS(namespace, qualified(namespace == null ? null : prefix, name.getLocalPart()),
                    reader.getAttributeValue(i));
        }
        return element;
    }

    private static String qualified(String prefix, String localName) {
        return prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
    }

    private static String emptyToNull(String namespace) {
        return namespace == null || namespace.isEmpty() ? null : namespace;
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's DOM implementation is unavailable", e);
        }
    }

    private static FeedFormatException doctypeForbidden() {
        return new FeedFormatException("doctype-forbidden", "The feed has a DOCTYPE; feeds are read without DTDs "
                + "or entities (they could reach files or URLs, or expand without bound), so it is refused. "
                + "Ask the provider to send it without the DOCTYPE");
    }

    private static FeedFormatException notXml(XMLStreamException e) {
        return new FeedFormatException("not-xml", "The feed is not well-formed XML (" + e.getMessage()
                + "); check the feed URL and format, or ask the provider to fix the document", e);
    }

    private static void close(XMLStreamReader reader) {
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // nothing was held open beyond the in-memory reader
        }
    }
}
