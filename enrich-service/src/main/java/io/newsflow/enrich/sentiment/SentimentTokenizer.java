package io.newsflow.enrich.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into words (letters and digits, with an inner apostrophe part such as "n't" or "'s" kept)
 * and single punctuation marks. Deliberately simple and allocation-light: sentiment runs on every mention of
 * every article, and the features only need word identity and position, not linguistic tokens.
 */
public final class SentimentTokenizer {
    private static final Pattern TOKEN =
            Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*|[^\\s\\p{L}\\p{N}]");

    private SentimentTokenizer() {
    }

    /**
     * The tokens a mention at {@code [from, to)} covers: every token overlapping it, so that a mention cut inside
     * a token ("Trump" of "Trump's") still owns that token.
     *
     * @return {@code {first, afterLast}}: the index of the first covered token and the index after the last
     */
    public static int[] covered(List<Token> tokens, int from, int to) {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).end() <= from) {
            first++;
        }
        int afterLast = first;
        while (afterLast < tokens.size() && tokens.get(afterLast).start() < to) {
            afterLast++;
        }
        return new int[] {first, afterLast};
    }

    public static List<Token> tokenize(String sentence) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(sentence);
        while (matcher.find()) {
            String text = matcher.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            tokens.add(new Token(text, matcher.start(), matcher.end()));
        }
        return tokens;
    }
}
