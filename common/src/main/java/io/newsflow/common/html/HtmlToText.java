package io.newsflow.common.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reduces an HTML fragment (an RSS description, Atom html content, a ninjs html body) to plain text:
 * block elements become paragraphs separated by a blank line, {@code <br>} a line break, entities are
 * decoded, and script, style, noscript and other non-text content is dropped with everything inside it.
 * Never fetches anything the markup refers to. The one HTML-to-text of newsflow: ingest-service uses it for
 * feed items, enrich-service for ninjs HTML bodies ({@link #blocks}, which also says which blocks the
 * markup marks as captions).
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
    /** A private-use character: no real text holds it, so it can flag a caption block on its way out. */
    private static final String CAPTION_MARK = "\uE000";

    /**
     * One paragraph of an HTML fragment.
     *
     * @param text    its text; a {@code <br>} is a line break in it
     * @param caption the markup says it is a caption ({@code <figcaption>})
     */
    public record Block(String text, boolean caption) {
    }

    private HtmlToText() {
    }

    /** The text of the fragment in paragraphs (separated by a blank line); empty for null or blank input. */
    public static String toText(String html) {
        return collect(html, false);
    }

    /** The paragraphs of the fragment, as {@link #toText} separates them, each with whether it is a caption. */
    public static List<Block> blocks(String html) {
        List<Block> blocks = new ArrayList<>();
        for (String block : collect(html, true).split("\n\n")) {
            boolean caption = block.startsWith(CAPTION_MARK);
            String text = block.replace(CAPTION_MARK, "").strip();
            if (!text.isEmpty()) {
                blocks.add(new Block(text, caption));
            }
        }
        return List.copyOf(blocks);
    }

    private static String collect(String html, boolean markCaptions) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select(DROPPED).remove();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new TextCollector(text, markCaptions), body);
        return TextLayout.tidy(text.toString());
    }

    /** The text of the fragment on one line, for headlines and names. */
    public static String toLine(String html) {
        return TextLayout.oneLine(toText(html));
    }

    /** @param markCaptions start each caption block with {@link #CAPTION_MARK} (and drop the mark from text) */
    private record TextCollector(StringBuilder text, boolean markCaptions) implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                String raw = markCaptions ? textNode.getWholeText().replace(CAPTION_MARK, "")
                        : textNode.getWholeText();
                text.append(insidePre(textNode) ? raw : collapse(raw));
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    text.append('\n');
                } else if (BLOCKS.contains(tag)) {
                    text.append("\n\n");
                    if (markCaptions && tag.equals("figcaption")) {
                        text.append(CAPTION_MARK);
                    }
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
