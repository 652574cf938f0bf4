package io.newsflow.ingest.feeds.format;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A headline for an item that has none, taken from its text: the first sentence of the first paragraph,
 * without its final full stop, cut after {@value #MAX_WORDS} words with an ellipsis so that a reader can see
 * it was cut. Only used where the feed format allows items without a title.
 */
final class LeadHeadline {
    static final int MAX_WORDS = 12;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\u2026])\\s+(?=[\\p{Lu}\\p{N}\"'\u201C\u2018(])");

    private LeadHeadline() {
    }

    /** @return the headline, or null when the text is null or blank */
    static String from(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String paragraph = text.strip().split("\\n", 2)[0];
        String sentence = SENTENCE_END.split(paragraph, 2)[0].strip();
        String[] words = sentence.split("\\s+");
        if (words.length > MAX_WORDS) {
            return String.join(" ", Arrays.copyOf(words, MAX_WORDS)) + "\u2026";
        }
        return sentence.endsWith(".") && !sentence.endsWith("..") ? sentence.substring(0, sentence.length() - 1)
                : sentence;
    }
}
