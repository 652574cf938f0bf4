package io.newsflow.enrich.sentiment;

import java.util.List;
import java.util.Set;

/**
 * The features of the two linear models. Target features describe the words around one mention relative to
 * it (the mention itself is masked, so that a name does not carry its words' sentiment into other articles):
 * words by side and distance bucket, the adjacent bigrams, the words of the clause the mention is in (left and
 * right of it), the sentence's words and bigrams, whether the mention speaks (is followed by a verb of saying)
 * or sits inside a quotation, the mention's own words, and lexicon slots — for the sentence, the clause left and
 * right, and distance 1, 2–3 and 4–7 either side — each negated or not. Sentence features are the sentence's
 * words and bigrams and its lexicon slots.
 */
public final class SentimentFeatures {
    static final int SENTENCE = 0;
    static final int CLAUSE_LEFT = 1;
    static final int CLAUSE_RIGHT = 2;
    /** Left of the mention at distance 1, 2–3 and 4–7 words; right likewise. */
    static final int NEAR_LEFT = 3;
    static final int NEAR_RIGHT = 6;
    public static final int REGIONS = 9;
    /** How many words either side the position features and near-lexicon regions look at. */
    static final int WINDOW = 8;
    static final int NEAR = 7;
    static final String TARGET = "<t>";
    /** Feature kinds: the sentence's words and bigrams (also the sentence model's), and yes/no flags. */
    static final String UNIGRAM = "s";
    static final String BIGRAM = "sb";
    static final String FLAG = "f";
    private static final String[] LEFT_BUCKETS = {"l1", "l2", "l3", "l4"};
    private static final String[] RIGHT_BUCKETS = {"r1", "r2", "r3", "r4"};

    private static final Set<String> SAYING = Set.of("said", "says", "say", "told", "tells", "argued", "argues",
            "wrote", "writes", "added", "claimed", "claims", "stated", "insisted", "noted", "explained", "tweeted",
            "announced", "asserted", "declared", "warned", "acknowledged", "admitted", "testified", "replied");
    private static final Set<String> CLAUSE_BOUNDARIES = Set.of(",", ";", ":", "—", "–", "(", ")", "\"", "“",
            "”", "-");
    private static final Set<String> QUOTES = Set.of("\"", "“", "”");

    private SentimentFeatures() {
    }

    static int slot(int region, boolean negated) {
        return region * 2 + (negated ? 1 : 0);
    }

    public static int slots() {
        return REGIONS * 2;
    }

    /** Features of the mention at {@code [from, to)}; tokens overlapping the mention are the target. */
    public static void target(List<Token> tokens, int from, int to, FeatureSink sink) {
        int[] covered = SentimentTokenizer.covered(tokens, from, to);
        int first = covered[0];
        int afterLast = covered[1];
        for (int i = first; i < afterLast; i++) {
            sink.add("t", tokens.get(i).text());
        }
        // the sentence as a word sequence with the mention collapsed into one masked token
        int leftCount = first;
        int rightStart = afterLast;
        int size = leftCount + 1 + tokens.size() - rightStart;
        String[] words = new String[size];
        for (int i = 0; i < leftCount; i++) {
            words[i] = tokens.get(i).text();
        }
        words[leftCount] = TARGET;
        for (int i = rightStart; i < tokens.size(); i++) {
            words[leftCount + 1 + i - rightStart] = tokens.get(i).text();
        }
        boolean[] negated = Negation.negated(words);
        int target = leftCount;

        bagOfWords(words, sink);
        for (int d = 1; d <= WINDOW && target - d >= 0; d++) {
            sink.add(LEFT_BUCKETS[bucket(d)], words[target - d]);
            sink.add("l", words[target - d]);
        }
        for (int d = 1; d <= WINDOW && target + d < size; d++) {
            sink.add(RIGHT_BUCKETS[bucket(d)], words[target + d]);
            sink.add("r", words[target + d]);
        }
        if (target >= 2) {
            sink.add("lb", words[target - 2], words[target - 1]);
        }
        if (target + 2 < size) {
            sink.add("rb", words[target + 1], words[target + 2]);
        }
        if (target == 0) {
            sink.add(FLAG, "start");
        }
        if (target + 1 == size || isSentenceEnd(words[target + 1])) {
            sink.add(FLAG, "end");
        }
        int clauseStart = target;
        while (clauseStart > 0 && !CLAUSE_BOUNDARIES.contains(words[clauseStart - 1])) {
            clauseStart--;
        }
        int clauseEnd = target;
        while (clauseEnd < size - 1 && !CLAUSE_BOUNDARIES.contains(words[clauseEnd + 1])) {
            clauseEnd++;
        }
        for (int i = clauseStart; i <= clauseEnd; i++) {
            if (i != target) {
                sink.add(i < target ? "cl" : "cr", words[i]);
                sink.lexicon(slot(i < target ? CLAUSE_LEFT : CLAUSE_RIGHT, negated[i]), words[i]);
            }
        }
        for (int i = 0; i < size; i++) {
            if (i != target) {
                sink.lexicon(slot(SENTENCE, negated[i]), words[i]);
            }
        }
        for (int d = 1; d <= NEAR && target - d >= 0; d++) {
            sink.lexicon(slot(NEAR_LEFT + nearBucket(d), negated[target - d]), words[target - d]);
        }
        for (int d = 1; d <= NEAR && target + d < size; d++) {
            sink.lexicon(slot(NEAR_RIGHT + nearBucket(d), negated[target + d]), words[target + d]);
        }
        // the speaker of a quote is reported, not judged; a mention inside a quotation is someone's opinion
        if (target + 1 < size && SAYING.contains(words[target + 1])
                || target + 2 < size && SAYING.contains(words[target + 2])) {
            sink.add(FLAG, "speaker");
        }
        if (target >= 1 && SAYING.contains(words[target - 1])) {
            sink.add(FLAG, "speaker_after");
        }
        int quotesBefore = 0;
        for (int i = 0; i < target; i++) {
            if (QUOTES.contains(words[i])) {
                quotesBefore++;
            }
        }
        if (quotesBefore % 2 == 1) {
            sink.add(FLAG, "in_quote");
        }
    }

    /** Features of a whole sentence, for the sentence model. */
    public static void sentence(List<Token> tokens, FeatureSink sink) {
        String[] words = Negation.texts(tokens);
        boolean[] negated = Negation.negated(words);
        bagOfWords(words, sink);
        for (int i = 0; i < words.length; i++) {
            sink.lexicon(slot(SENTENCE, negated[i]), words[i]);
        }
    }

    private static void bagOfWords(String[] words, FeatureSink sink) {
        for (int i = 0; i < words.length; i++) {
            sink.unigram(words[i]);
            if (i + 1 < words.length) {
                sink.add(BIGRAM, words[i], words[i + 1]);
            }
        }
    }

    private static int nearBucket(int distance) {
        return distance <= 1 ? 0 : distance <= 3 ? 1 : 2;
    }

    private static int bucket(int distance) {
        return distance <= 1 ? 0 : distance <= 3 ? 1 : distance <= 7 ? 2 : 3;
    }

    private static boolean isSentenceEnd(String word) {
        return word.equals(".") || word.equals("!") || word.equals("?");
    }
}
