package io.newsflow.enrich.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces an HTML body to paragraphs of plain text: one per block element, a line per {@code <br>}, tags
 * removed, character references decoded. Hand-written rather than a DOM parser because the clean stage needs
 * only the text and its paragraph structure, and no HTML library is on enrich-service's classpath. Figure
 * captions come out marked as such instead of being left for the caption rule to guess at: the markup
 * already says what they are.
 */
final class HtmlText {
    private static final String BLOCK_BREAK = "\n\n";
    /** A private-use character: it cannot occur in real text, so it can flag a caption block on its way out. */
    private static final String CAPTION_MARK = "\uE000";

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern INVISIBLE = Pattern.compile(
            "<(script|style|noscript|template|head|svg)\\b[^>]*>.*?</\\1\\s*>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern FIGCAPTION = Pattern.compile(
            "<figcaption\\b[^>]*>(.*?)</figcaption\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_BREAK = Pattern.compile("<br\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "</?(?:p|div|h[1-6]|li|ul|ol|blockquote|figure|section|article|header|footer|aside|nav|main"
                    + "|table|thead|tbody|tr|td|th|pre|hr|dl|dt|dd|address)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_TAG = Pattern.compile("<[^>]*>");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&(#[xX]?[0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED_REFERENCES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("hellip", "…"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("laquo", "«"), Map.entry("raquo", "»"),
            Map.entry("eacute", "é"), Map.entry("aacute", "á"), Map.entry("iacute", "í"),
            Map.entry("oacute", "ó"), Map.entry("uacute", "ú"), Map.entry("ntilde", "ñ"),
            Map.entry("uuml", "ü"), Map.entry("ouml", "ö"), Map.entry("auml", "ä"), Map.entry("ccedil", "ç"));

    private HtmlText() {
    }

    static List<SourceParagraph> paragraphs(String html) {
        // Source line breaks are just whitespace in HTML; collapse them first so only the markup decides
        // where paragraphs and lines end.
        String text = WHITESPACE.matcher(html.replace(CAPTION_MARK, "")).replaceAll(" ");
        text = COMMENT.matcher(text).replaceAll(" ");
        text = INVISIBLE.matcher(text).replaceAll(" ");
        Matcher caption = FIGCAPTION.matcher(text);
        StringBuilder marked = new StringBuilder();
        while (caption.find()) {
            String captionText = inlineText(caption.group(1));
            caption.appendReplacement(marked, Matcher.quoteReplacement(
                    BLOCK_BREAK + CAPTION_MARK + captionText + BLOCK_BREAK));
        }
        caption.appendTail(marked);
        text = LINE_BREAK.matcher(marked).replaceAll("\n");
        text = BLOCK_TAG.matcher(text).replaceAll(BLOCK_BREAK);
        text = decodeReferences(ANY_TAG.matcher(text).replaceAll(""));
        List<SourceParagraph> paragraphs = new ArrayList<>();
        for (String block : text.split("\n\\s*\n")) {
            boolean isCaption = block.strip().startsWith(CAPTION_MARK);
            SourceParagraph paragraph = SourceParagraph.of(block.replace(CAPTION_MARK, ""), isCaption);
            if (!paragraph.lines().isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return List.copyOf(paragraphs);
    }

    private static String inlineText(String html) {
        String text = ANY_TAG.matcher(html).replaceAll(" ");
        return WHITESPACE.matcher(decodeReferences(text)).replaceAll(" ").strip();
    }

    private static String decodeReferences(String text) {
        Matcher reference = CHARACTER_REFERENCE.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (reference.find()) {
            String character = decode(reference.group(1), reference.group());
            reference.appendReplacement(decoded, Matcher.quoteReplacement(character));
        }
        reference.appendTail(decoded);
        return decoded.toString();
    }

    private static String decode(String name, String asWritten) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            try {
                int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : asWritten;
            } catch (NumberFormatException notANumber) {
                return asWritten;
            }
        }
        return NAMED_REFERENCES.getOrDefault(name, asWritten);
    }
}
