package io.newsflow.ingest.web.html;

import io.newsflow.common.plaintext.PageChrome;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the parts of a page that are not the article's text: navigation, headers and footers,
 * asides, figures with their captions and photo credits, forms and buttons, "read more", related-story,
 * recommendation, newsletter, share and comment blocks, and ad slots. They are recognised by tag, by ARIA
 * role, by the words in their class and id, and by the few words they say.
 */
final class NonArticleElements {
    /** Never article text; {@code h1} is the headline, which is reported on its own. */
    private static final Set<String> TAGS = Set.of(
            "nav", "header", "footer", "aside", "figure", "figcaption", "form", "button", "script", "style",
            "noscript", "template", "iframe", "svg", "canvas", "video", "audio", "object", "embed", "select",
            "input", "textarea", "label", "dialog", "menu", "h1", "link", "meta");
    private static final Set<String> ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "search", "form", "dialog", "alertdialog",
            "menu", "menubar", "toolbar", "button", "tablist", "figure");
    /** Whole words of class names and ids; "ad" matches "ad-slot" but not "header" or "read". */
    private static final Set<String> CLASS_WORDS = Set.of(
            "related", "recommended", "recommendations", "recirc", "readmore", "newsletter", "newsletters",
            "subscribe", "subscription", "signup", "share", "sharing", "sharebar", "social", "comment",
            "comments", "disqus", "ad", "ads", "adslot", "adunit", "adsbygoogle", "advert", "adverts",
            "advertisement", "advertising", "sponsor", "sponsored", "promo", "promoted", "outbrain", "taboola",
            "dfp", "breadcrumb", "breadcrumbs", "caption", "credit", "credits", "byline", "tags", "popup",
            "modal", "cookie", "cookies", "sidebar", "widget", "nav", "navbar", "menu", "footer", "header",
            "masthead", "toolbar", "skiplink", "paywall");
    /** Adjacent word pairs that name a block the same way: "read-more", "more-stories", "sign_up". */
    private static final Set<String> CLASS_WORD_PAIRS = Set.of(
            "read more", "more stories", "more from", "sign up", "sr only", "most read", "also like");
    /** Headings that open a block of links to other stories rather than more of this one. */
    private static final Pattern LINK_BLOCK_HEADING = Pattern.compile(
            "(?i)(?:related(?: stories| articles| coverage| content| links)?|recommended(?: for you| stories| reading)?"
                    + "|read more|more (?:stories|from .{1,40}|on this(?: story)?|news)|see also"
                    + "|you (?:may|might) (?:also )?like|most (?:read|popular|viewed)|top stories|trending(?: now)?"
                    + "|(?:sign up|subscribe)\\b.*|(?:our |the )?newsletters?)\\s*:?");
    /**
     * Lines that point away from the article ("Read more: ...", "Sign up for our newsletter"). The colon
     * is required after "Related" and the like, so that "Related research showed ..." stays.
     */
    private static final Pattern POINTER_LINE = Pattern.compile(
            "(?i)(?:(?:read more|related(?: stories| articles| coverage)?|see also|also read|more on this(?: story)?"
                    + "|recommended)\\s*[:|\u2013\u2014-].*"
                    + "|(?:sign up|subscribe)\\b.*\\b(?:newsletters?|updates|alerts)\\b.*"
                    + "|(?:follow us|share this (?:article|story))\\b.*)");
    private static final int MAX_POINTER_LINE_CHARS = 200;
    /** Less text than one short paragraph cannot be the article, whatever share of a near-empty page it is. */
    private static final int MIN_ARTICLE_CHARS = 80;
    private static final Pattern WORD_BOUNDARY = Pattern.compile("[^a-z0-9]+");
    private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    private NonArticleElements() {
    }

    /**
     * Removes every non-article element inside {@code container}, never the container itself. An element
     * is spared when it holds most of the container's text: class names lie (a wrapper called
     * "page-header-offset" or a whole page inside one ASP.NET {@code <form>}), the article's text does not.
     */
    static void removeFrom(Element container) {
        int total = container.text().length();
        Deque<Element> pending = new ArrayDeque<>(container.children());
        while (!pending.isEmpty()) {
            Element element = pending.pop();
            if (isNonArticle(element) && !holdsMostText(element, total)) {
                element.remove();
            } else {
                element.children().forEach(pending::push);
            }
        }
        removeLinkBlocks(container, total);
    }

    /** Tags with no readable text at all; removed before anything is measured. */
    static void removeInvisible(Element root) {
        root.select("script, style, noscript, template, svg, iframe, object, embed, canvas, [hidden], "
                + "[aria-hidden=true]").forEach(Element::remove);
        root.select("[style]").stream()
                .filter(e -> e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "").contains("display:none"))
                .forEach(Element::remove);
    }

    private static boolean isNonArticle(Element element) {
        return TAGS.contains(element.normalName())
                || ROLES.contains(element.attr("role").strip().toLowerCase(Locale.ROOT))
                || element.hasAttr("data-ad-slot") || element.hasAttr("data-ad-unit") || element.hasAttr("data-ad")
                || hasClassWord(element.className() + " " + element.id())
                || isPointerOrLabel(element);
    }

    /** A short block that only says "Advertisement", "Share", "By Jane Doe", "Read more: ...". */
    private static boolean isPointerOrLabel(Element element) {
        if (!element.isBlock() && !element.normalName().equals("span")) {
            return false;
        }
        String text = element.text().strip();
        if (text.isEmpty() || text.length() > MAX_POINTER_LINE_CHARS) {
            return false;
        }
        return PageChrome.isNavigation(text) || PageChrome.isByline(text) || PageChrome.isDateline(text)
                || POINTER_LINE.matcher(text).matches();
    }

    static boolean hasClassWord(String classesAndId) {
        String spaced = CAMEL_HUMP.matcher(classesAndId).replaceAll(" ");
        String[] words = WORD_BOUNDARY.split(spaced.toLowerCase(Locale.ROOT));
        for (int i = 0; i < words.length; i++) {
            if (CLASS_WORDS.contains(words[i])
                    || (i + 1 < words.length && CLASS_WORD_PAIRS.contains(words[i] + " " + words[i + 1]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A heading such as "Related stories" announces a block of links: its section goes, or, when the
     * heading sits straight in the container, the heading and the list after it.
     */
    private static void removeLinkBlocks(Element container, int total) {
        for (Element heading : container.select("h2, h3, h4, h5, h6")) {
            if (heading.parent() == null || !LINK_BLOCK_HEADING.matcher(heading.text().strip()).matches()
                    || heading.text().length() > MAX_POINTER_LINE_CHARS) {
                continue;
            }
            Element parent = heading.parent();
            boolean headingIsParentsStart = parent.children().first() == heading;
            if (parent != container && headingIsParentsStart && !holdsMostText(parent, total)) {
                parent.remove();
            } else {
                Element next = heading.nextElementSibling();
                if (next != null && (next.normalName().equals("ul") || next.normalName().equals("ol"))) {
                    next.remove();
                }
                heading.remove();
            }
        }
    }

    private static boolean holdsMostText(Element element, int containerChars) {
        int chars = element.text().length();
        return chars >= MIN_ARTICLE_CHARS && chars * 2 > containerChars;
    }
}
