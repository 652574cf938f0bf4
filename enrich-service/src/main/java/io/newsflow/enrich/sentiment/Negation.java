package io.newsflow.enrich.sentiment;

import java.util.List;
import java.util.Set;

/**
 * Which words are negated: those within {@link #SCOPE} words after a negator ("not", "never", "no", any
 * "...n't"), so that "not a good plan" and "never honest" count against the word's usual polarity.
 */
public final class Negation {
    public static final int SCOPE = 3;
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "nor", "without", "neither",
            "cannot", "nothing", "none", "hardly", "barely");

    private Negation() {
    }

    public static boolean isNegator(String word) {
        return NEGATORS.contains(word) || word.endsWith("n't");
    }

    /** @return for each word whether a negator precedes it within {@link #SCOPE} words */
    public static boolean[] negated(String[] words) {
        boolean[] negated = new boolean[words.length];
        int lastNegator = Integer.MIN_VALUE / 2;
        for (int i = 0; i < words.length; i++) {
            negated[i] = i - lastNegator <= SCOPE;
            if (isNegator(words[i])) {
                lastNegator = i;
            }
        }
        return negated;
    }

    /** The tokens' texts, the form {@link #negated(String[])} takes. */
    public static String[] texts(List<Token> tokens) {
        String[] texts = new String[tokens.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = tokens.get(i).text();
        }
        return texts;
    }
}
