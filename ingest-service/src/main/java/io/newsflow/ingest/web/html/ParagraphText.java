package io.newsflow.ingest.web.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of an element as paragraphs: every block element (paragraph, heading, list item, quote) is a
 * paragraph of its own, separated from the next by a blank line; a {@code <br>} is a line break inside
 * its paragraph; runs of spaces, tabs, newlines and no-break spaces inside the markup become one space.
 */
final class ParagraphText {
    private static final Pattern SPACES = Pattern.compile("[ \\t\\r\\n\\f\\u00a0]+");
    private static final Pattern SPACE_RUNS = Pattern.compile(" {2,}");
    private static final Pattern SPACES_AROUND_BREAK = Pattern.compile(" *\n *");

    private ParagraphText() {
    }

    static String of(Element element) {
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, element);
        collector.flush();
        return String.join("\n\n", collector.paragraphs);
    }

    private static final class Collector implements NodeVisitor {
        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                current.append(SPACES.matcher(text.getWholeText()).replaceAll(" "));
            } else if (node instanceof Element element) {
                if (element.normalName().equals("br")) {
                    current.append('\n');
                } else if (isCell(element)) {
                    current.append(' ');
                } else if (element.isBlock()) {
                    flush();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock() && !isCell(element)) {
                flush();
            }
        }

        private void flush() {
            String paragraph = SPACES_AROUND_BREAK.matcher(SPACE_RUNS.matcher(current).replaceAll(" "))
                    .replaceAll("\n").strip();
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
            current.setLength(0);
        }

        private static boolean isCell(Element element) {
            return element.normalName().equals("td") || element.normalName().equals("th");
        }
    }
}
