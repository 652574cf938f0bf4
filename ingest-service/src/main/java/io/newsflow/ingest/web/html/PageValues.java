package io.newsflow.ingest.web.html;

import io.newsflow.common.article.LanguageTags;
import io.newsflow.common.plaintext.PageChrome;
import org.jsoup.parser.Parser;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Cleans the values pages give for headline, byline, language and address into the form an article needs. */
final class PageValues {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

    private PageValues() {
    }

    /** Entities decoded, whitespace collapsed; null for a value with no text. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String text = SPACES.matcher(Parser.unescapeEntities(value, false)).replaceAll(" ").strip();
        return text.isEmpty() ? null : text;
    }

    /** "en_GB" and "en-gb" become "en-GB"-style tags; anything that is not a language tag becomes null. */
    static String language(String value) {
        return LanguageTags.normalize(text(value));
    }

    /**
     * Author names as one byline: "A", "A and B", "A, B and C". Names that are web addresses (some pages
     * put the author's profile URL in article:author) are left out, as is a leading "By".
     */
    static String byline(List<String> names) {
        Set<String> clean = new LinkedHashSet<>();
        for (String name : names) {
            String text = text(name);
            if (text != null && !text.startsWith("http://") && !text.startsWith("https://")) {
                clean.add(PageChrome.bylineNames(text));
            }
        }
        List<String> list = List.copyOf(clean);
        if (list.isEmpty()) {
            return null;
        }
        if (list.size() == 1) {
            return list.get(0);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1);
    }

    /** {@code href} made absolute against the page's address; null unless the result is http(s). */
    static String absoluteUrl(String href, URI base) {
        String text = text(href);
        if (text == null) {
            return null;
        }
        try {
            URI resolved = base == null ? new URI(text) : base.resolve(text);
            String scheme = resolved.getScheme();
            boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
            return web && resolved.getHost() != null ? resolved.toString() : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
