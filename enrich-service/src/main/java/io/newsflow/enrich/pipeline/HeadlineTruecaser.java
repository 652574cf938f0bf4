package io.newsflow.enrich.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gives the words of all-capitals lines ("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .") their
 * usual case before the CRF reads them. The CRF leans on capitalisation: in a line of capitals every word looks
 * like a name, and names are typed from their shape alone. Wire copy writes headlines, datelines and slugs in
 * capitals.
 *
 * <p>A word takes the spelling the same article uses for it in ordinary text, where the writer's own casing is
 * the best evidence ("LINDNER" → "Lindner"); failing that, the spelling CoreNLP's truecaser records for words
 * that are not usually written in lower case ({@code MixDisambiguation.list} in the CoreNLP models jar, about
 * 180,000 words: "japan" → "Japan", "nato" → "NATO"); any other word is a lower-case word. The line's first
 * word is capitalised, as a sentence's is.
 *
 * <p>Only the words the CRF reads change, and only while it reads them: {@link #restore()} puts the tokens back,
 * so offsets, the cleaned text and everything after the ner stage see the article as written.
 */
final class HeadlineTruecaser {
    static final String CASE_LIST = "/edu/stanford/nlp/models/truecase/MixDisambiguation.list";
    /**
     * A line is a headline in capitals when it has this many words of two letters or more, no lower-case letter
     * and no number. Shorter lines and lines with figures are datelines ("NEW YORK 1996-08-31") and results
     * tables ("KANSAS CITY 61 74 .452", "CENTRAL DIVISION"), where a name in capitals is a team or a place whatever its usual case
     * says, and the CRF, trained on wire copy, reads them better as they are.
     */
    private static final int MIN_CAPITAL_WORDS = 4;

    private final List<CoreLabel> changed = new ArrayList<>();
    private final List<String> originals = new ArrayList<>();

    private HeadlineTruecaser() {
    }

    /**
     * Truecases the all-capitals sentences of {@code sentences} in place.
     *
     * @return the changes, to {@link #restore()} once the CRF has run
     */
    static HeadlineTruecaser apply(List<CoreMap> sentences) {
        HeadlineTruecaser truecaser = new HeadlineTruecaser();
        List<List<CoreLabel>> capitalLines = new ArrayList<>();
        List<List<CoreLabel>> otherLines = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            (inCapitals(tokens) ? capitalLines : otherLines).add(tokens);
        }
        if (capitalLines.isEmpty()) {
            return truecaser;
        }
        Map<String, Map<String, Integer>> articleSpellings = new HashMap<>();
        for (List<CoreLabel> line : capitalLines) {
            for (CoreLabel token : line) {
                articleSpellings.put(token.word().toLowerCase(Locale.ROOT), new HashMap<>());
            }
        }
        otherLines.forEach(tokens -> countSpellings(tokens, articleSpellings));
        for (List<CoreLabel> line : capitalLines) {
            boolean first = true;
            for (CoreLabel token : line) {
                String word = token.word();
                if (!hasLetter(word)) {
                    continue;
                }
                String cased = usualCase(word, articleSpellings);
                if (first) {
                    cased = cased.substring(0, 1).toUpperCase(Locale.ROOT) + cased.substring(1);
                    first = false;
                }
                if (!cased.equals(word)) {
                    truecaser.changed.add(token);
                    truecaser.originals.add(word);
                    token.setWord(cased);
                }
            }
        }
        return truecaser;
    }

    /** Reads the case list now rather than on the first article with a line in capitals. */
    static void loadCaseList() {
        CaseList.USUAL.size();
    }

    /** Puts back the words as the article writes them. */
    void restore() {
        for (int i = 0; i < changed.size(); i++) {
            changed.get(i).setWord(originals.get(i));
        }
    }

    static boolean inCapitals(List<CoreLabel> tokens) {
        int capitalWords = 0;
        for (CoreLabel token : tokens) {
            String word = token.word();
            int letters = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (Character.isLowerCase(c) || Character.isDigit(c)) {
                    return false;
                }
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
            if (letters >= 2) {
                capitalWords++;
            }
        }
        return capitalWords >= MIN_CAPITAL_WORDS;
    }

    private static String usualCase(String word, Map<String, Map<String, Integer>> articleSpellings) {
        String lower = word.toLowerCase(Locale.ROOT);
        Map<String, Integer> spellings = articleSpellings.get(lower);
        if (spellings != null && !spellings.isEmpty()) {
            return spellings.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
        return CaseList.USUAL.getOrDefault(lower, lower);
    }

    /**
     * Counts the article's own spellings of the words in {@code spellings} (the words of its lines in capitals),
     * except a sentence's first word, which is capitalised anyway.
     */
    private static void countSpellings(List<CoreLabel> tokens, Map<String, Map<String, Integer>> spellings) {
        for (int i = 1; i < tokens.size(); i++) {
            String word = tokens.get(i).word();
            Map<String, Integer> ofWord = spellings.get(word.toLowerCase(Locale.ROOT));
            if (ofWord != null) {
                ofWord.merge(word, 1, Integer::sum);
            }
        }
    }

    private static boolean hasLetter(String word) {
        return word.codePoints().anyMatch(Character::isLetter);
    }

    /** Holder idiom: the list is read once, on the first all-capitals line. */
    private static final class CaseList {
        static final Map<String, String> USUAL = read();

        private static Map<String, String> read() {
            InputStream in = HeadlineTruecaser.class.getResourceAsStream(CASE_LIST);
            if (in == null) {
                throw new IllegalStateException(CASE_LIST + " is not on the classpath; the build unpacks it from "
                        + "CoreNLP's models jar (enrich-service/pom.xml, unpack-ner-model): rebuild enrich-service");
            }
            Map<String, String> usual = new HashMap<>(1 << 18);
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        usual.put(line.substring(0, tab), line.substring(tab + 1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + CASE_LIST, e);
            }
            return Map.copyOf(usual);
        }
    }
}
