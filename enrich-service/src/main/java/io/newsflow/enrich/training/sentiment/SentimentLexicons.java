package io.newsflow.enrich.training.sentiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The VADER (MIT) and Hu &amp; Liu (free, citation requested) lexicons, read from the shared datasets directory
 * at training and evaluation time only: they are never shipped. Training uses them as features and folds what it
 * learned about them into per-word weights; the eval's baseline uses VADER directly.
 */
public final class SentimentLexicons {
    public static final Path VADER = Path.of("lexicons", "vader", "vader_lexicon.txt");
    public static final Path BING_LIU_POSITIVE = Path.of("lexicons", "bing-liu", "positive-words.txt");
    public static final Path BING_LIU_NEGATIVE = Path.of("lexicons", "bing-liu", "negative-words.txt");

    private final Map<String, Double> vader;
    private final Map<String, Integer> bingLiu;

    private SentimentLexicons(Map<String, Double> vader, Map<String, Integer> bingLiu) {
        this.vader = vader;
        this.bingLiu = bingLiu;
    }

    /** Reads both lexicons under {@code datasets}. */
    public static SentimentLexicons read(Path datasets) throws IOException {
        return new SentimentLexicons(readVader(datasets.resolve(VADER)), readBingLiu(datasets));
    }

    /** Reads VADER alone (word, tab, mean valence −4..+4, ...), for the eval baseline. */
    public static Map<String, Double> readVader(Path file) throws IOException {
        requireReadable(file);
        Map<String, Double> valences = new HashMap<>();
        // ISO-8859-1 never fails on the few non-ASCII emoticon bytes; every word entry is ASCII
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            String[] columns = line.split("\t");
            if (columns.length >= 2) {
                valences.put(columns[0], Double.parseDouble(columns[1]));
            }
        }
        return valences;
    }

    private static Map<String, Integer> readBingLiu(Path datasets) throws IOException {
        Map<String, Integer> polarities = new HashMap<>();
        readWords(datasets.resolve(BING_LIU_POSITIVE), 1, polarities);
        readWords(datasets.resolve(BING_LIU_NEGATIVE), -1, polarities);
        return polarities;
    }

    private static void readWords(Path file, int polarity, Map<String, Integer> polarities) throws IOException {
        requireReadable(file);
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            String word = line.strip();
            if (!word.isEmpty() && !word.startsWith(";")) {
                polarities.put(word, polarity);
            }
        }
    }

    private static void requireReadable(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            throw new IOException("cannot read the lexicon " + file + "; pass --datasets DIR holding lexicons/");
        }
    }

    /** VADER mean valence, −4..+4, 0 for a word VADER does not list. */
    double vader(String word) {
        return vader.getOrDefault(word, 0.0);
    }

    /** Hu &amp; Liu polarity: +1, −1, or 0 for a word the lexicon does not list. */
    int bingLiu(String word) {
        return bingLiu.getOrDefault(word, 0);
    }

    /** Every word either lexicon lists, sorted (so that training is deterministic). */
    Set<String> words() {
        Set<String> words = new TreeSet<>(vader.keySet());
        words.addAll(bingLiu.keySet());
        return words;
    }
}
