package io.newsflow.ingest.web.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/**
 * Reduces an HTML fragment (an RSS description, Atom html content, a ninjs html body) to plain text:
 * block elements become paragraphs separated by a blank line, {@code <br>} a line break, entities are
 * decoded, and script, style, noscript and other non-text content is dropped with everything inside it.
 * Never fetches anything the markup refers to.
 */
public final class HtmlToText {
    private static final String DROPPED =
            "script, style, noscript, template, iframe, object, embed, svg, math, head, title, button, select, "
                    + "textarea, hedline";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "aside",
            "nav", "main", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody",
            "tfoot", "tr", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "hr", "address",
            "details", "summary", "form", "fieldset", "body", "html");
    private static final Set<String> CELLS = Set.of("td", "th");

    private HtmlToText() {
    }

    /** The text of the fragment in paragraphs (separated by a blank line); empty for null or blank input. */
    public static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select(DROPPED).remove();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new TextCollector(text), body);
        return TextLayout.tidy(text.toString());
    }

    /** The text of the fragment on one line, for headlines and names. */
    public static String toLine(String html) {
        return TextLayout.oneLine(toText(html));
    }

    private record TextCollector(StringBuilder text) implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                text.append(insidePre(textNode) ? textNode.getWholeText() : collapse(textNode.getWholeText()));
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    text.append('\n');
                } else if (BLOCKS.contains(tag)) {
                    text.append("\n\n");
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (BLOCKS.contains(tag)) {
                    text.append("\n\n");
                } else if (CELLS.contains(tag)) {
                    text.append(' ');
                }
            }
        }

        private static boolean insidePre(TextNode node) {
            for (Node parent = node.parent(); parent != null; parent = parent.parent()) {
                if (parent instanceof Element element && element.normalName().equals("pre")) {
                    return true;
                }
            }
            return false;
        }

        private static String collapse(String raw) {
            return raw.replaceAll("\\s+", " ");
        }
    }
}
