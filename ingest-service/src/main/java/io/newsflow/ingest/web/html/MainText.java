package io.newsflow.ingest.web.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the article's own text on a page. The page's markup is trusted first: {@code itemprop=articleBody},
 * then {@code <article>}, then {@code <main>}. A page that marks nothing gets the block holding the most
 * paragraph text, which is where an article's body is and where navigation, link lists and sidebars are
 * not. Whatever the container, the non-article parts inside it are removed before its text is taken.
 */
final class MainText {
    private static final List<String> MARKED_CONTAINERS = List.of(
            "[itemprop=articleBody]", "article", "main, [role=main]");
    /** Less than this inside a marked container means it marks something else, such as a teaser card. */
    private static final int MIN_CONTAINER_CHARS = 80;

    private MainText() {
    }

    /** The main text, paragraphs separated by a blank line; empty when the page has none. */
    static String of(Document page) {
        Document copy = page.clone();
        Element body = copy.body();
        NonArticleElements.removeInvisible(body);
        Element container = markedContainer(body);
        if (container == null) {
            NonArticleElements.removeFrom(body);
            container = densestBlock(body);
        }
        return ParagraphText.of(container);
    }

    private static Element markedContainer(Element body) {
        for (String selector : MARKED_CONTAINERS) {
            Element longest = null;
            for (Element candidate : body.select(selector)) {
                if (longest == null || candidate.text().length() > longest.text().length()) {
                    longest = candidate;
                }
            }
            if (longest != null) {
                NonArticleElements.removeFrom(longest);
                if (longest.text().length() >= MIN_CONTAINER_CHARS) {
                    return longest;
                }
            }
        }
        return null;
    }

    /**
     * The element whose paragraphs hold the most text, counting each paragraph fully for its parent and
     * half for its grandparent, so that an article split into several sibling blocks (around ads, say) is
     * taken whole rather than block by block.
     */
    private static Element densestBlock(Element body) {
        Map<Element, Integer> scores = new IdentityHashMap<>();
        for (Element paragraph : body.select("p")) {
            int chars = paragraph.text().length();
            Element parent = paragraph.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, chars, Integer::sum);
            if (parent.parent() != null) {
                scores.merge(parent.parent(), chars / 2, Integer::sum);
            }
        }
        Element best = body;
        int bestScore = 0;
        for (Map.Entry<Element, Integer> entry : scores.entrySet()) {
            Element candidate = entry.getKey();
            int score = entry.getValue();
            if (score > bestScore || (score == bestScore && best != body && isAncestor(candidate, best))) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean isAncestor(Element candidate, Element of) {
        for (Element parent = of.parent(); parent != null; parent = parent.parent()) {
            if (parent == candidate) {
                return true;
            }
        }
        return false;
    }
}
