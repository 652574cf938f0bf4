package io.newsflow.enrich.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a sentence into words (letters and digits, with an inner apostrophe part such as "n't" or "'s" kept)
 * and single punctuation marks. Deliberately simple and allocation-light: sentiment runs on every mention of
 * every article, and the features only need word identity and position, not linguistic tokens.
 */
public final class SentimentTokenizer {
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

    /**
     * The tokens of a sentence. A hand-written scanner rather than a regular expression because it runs for every
     * mention of every article; it splits exactly like {@code [\p{L}\p{N}]+(?:['’]\p{L}+)*|[^\s\p{L}\p{N}]}.
     * The last sentence tokenized on each thread is remembered: the mentions of one sentence come one after another.
     */
    public static List<Token> tokenize(String sentence) {
        LastSentence last = LAST.get();
        if (last.sentence != null && last.sentence.equals(sentence)) {
            return last.tokens;
        }
        List<Token> tokens = scan(sentence);
        last.sentence = sentence;
        last.tokens = tokens;
        return tokens;
    }

    private static final class LastSentence {
        private String sentence;
        private List<Token> tokens;
    }

    private static final ThreadLocal<LastSentence> LAST = ThreadLocal.withInitial(LastSentence::new);

    private static List<Token> scan(String sentence) {
        List<Token> tokens = new ArrayList<>();
        int length = sentence.length();
        int i = 0;
        while (i < length) {
            int codePoint = sentence.codePointAt(i);
            int width = Character.charCount(codePoint);
            if (isSpace(codePoint)) {
                i += width;
                continue;
            }
            int start = i;
            if (!isWordCharacter(codePoint)) {
                i += width;
                tokens.add(new Token(sentence.substring(start, i).replace('’', '\''), start, i));
                continue;
            }
            i = skipWord(sentence, i, false);
            // an apostrophe followed by a letter continues the word: "didn't", "Trump's"
            while (i + 1 < length && (sentence.charAt(i) == '\'' || sentence.charAt(i) == '’')
                    && Character.isLetter(sentence.codePointAt(i + 1))) {
                i = skipWord(sentence, i + 1, true);
            }
            tokens.add(new Token(sentence.substring(start, i).toLowerCase(Locale.ROOT).replace('’', '\''), start, i));
        }
        return List.copyOf(tokens);
    }

    private static int skipWord(String sentence, int from, boolean lettersOnly) {
        int i = from;
        while (i < sentence.length()) {
            int codePoint = sentence.codePointAt(i);
            if (!(lettersOnly ? Character.isLetter(codePoint) : isWordCharacter(codePoint))) {
                break;
            }
            i += Character.charCount(codePoint);
        }
        return i;
    }

    private static boolean isWordCharacter(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Exactly what {@code \s} matches in a Java regular expression. */
    private static boolean isSpace(int codePoint) {
        return codePoint == ' ' || codePoint == '\t' || codePoint == '\n' || codePoint == 0x0B || codePoint == '\f'
                || codePoint == '\r';
    }
}
