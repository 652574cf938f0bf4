package io.newsflow.enrich.training.linking;

import io.newsflow.enrich.linking.LinkCandidate;
import io.newsflow.enrich.linking.NameForm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads CoreNLP's {@code wikidict.tab.gz} (lines {@code name TAB title TAB prior}, about 21 million, from
 * Wikipedia anchor texts and web links to Wikipedia) and keeps the rows that can name a news entity: a name
 * that starts with a capital or a digit and is made of Latin letters, digits, spaces and {@code .'&-}, up to 40
 * characters and four words (longer link texts are mostly descriptions, not names); a prior of at least
 * {@code minPrior}; a title that is not a list or a disambiguation page. Names that {@link NameForm} merges keep
 * the row that is its own article's title, else the one with the highest prior (then the smaller title), so the
 * result does not depend on the file's order.
 */
final class WikidictReader {
    static final String ENTRY = "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";
    private static final Pattern NEWS_NAME = Pattern.compile(
            "[\\p{IsLatin}&&\\p{Lu}0-9][\\p{IsLatin}\\p{M}0-9 .'&\\-]{1,39}");
    private static final int MAX_WORDS = 4;
    private static final Pattern NOT_AN_ENTITY_TITLE = Pattern.compile(
            "(List_of|Lists_of|Index_of|Outline_of).*|.*\\(disambiguation\\)");

    private final double minPrior;
    private long rows;

    WikidictReader(double minPrior) {
        this.minPrior = minPrior;
    }

    /** @param source the models-english-kbp jar, or the wikidict.tab.gz taken from it */
    Map<String, LinkCandidate> read(Path source) throws IOException {
        if (source.getFileName().toString().endsWith(".jar")) {
            try (ZipFile jar = new ZipFile(source.toFile())) {
                ZipEntry entry = jar.getEntry(ENTRY);
                if (entry == null) {
                    throw new IOException(source + " holds no " + ENTRY + "; pass the models-english-kbp jar");
                }
                return read(jar.getInputStream(entry));
            }
        }
        try (InputStream in = Files.newInputStream(source)) {
            return read(in);
        }
    }

    Map<String, LinkCandidate> read(InputStream gzipped) throws IOException {
        Map<String, Row> byForm = new HashMap<>();
        // Millions of rows share a few million titles; one copy of each keeps the build within a few gigabytes.
        Map<String, String> titles = new HashMap<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16);
        String line;
        while ((line = lines.readLine()) != null) {
            rows++;
            int firstTab = line.indexOf('\t');
            int secondTab = line.indexOf('\t', firstTab + 1);
            if (firstTab <= 0 || secondTab < 0) {
                continue;
            }
            String name = line.substring(0, firstTab);
            String title = line.substring(firstTab + 1, secondTab);
            double prior;
            try {
                prior = Double.parseDouble(line.substring(secondTab + 1));
            } catch (NumberFormatException e) {
                continue;
            }
            if (prior < minPrior || prior > 1 || !NEWS_NAME.matcher(name).matches()
                    || NOT_AN_ENTITY_TITLE.matcher(title).matches() || title.isEmpty()) {
                continue;
            }
            String form = NameForm.of(name);
            if (form.chars().filter(c -> c == ' ').count() >= MAX_WORDS) {
                continue;
            }
            if (form.getBytes(StandardCharsets.UTF_8).length > 255) {
                continue;
            }
            boolean namesItsTitle = form.equals(NameForm.of(title.replace('_', ' ')));
            byForm.merge(form, new Row(new LinkCandidate(titles.computeIfAbsent(title, t -> t), prior),
                    namesItsTitle), WikidictReader::better);
        }
        Map<String, LinkCandidate> candidates = new HashMap<>();
        byForm.forEach((form, row) -> candidates.put(form, row.candidate()));
        return candidates;
    }

    /**
     * Keeps the names of titles that at least {@code minNames} kept names point to. How many different link
     * texts point to an article is a measure of how much it is written about: the people, places and
     * organisations of the news have many (full name, surname, title and name, acronym, misspellings), while
     * the long tail of obscure articles has one or two. This is what brings the index within the repository's
     * size budget.
     */
    static Map<String, LinkCandidate> keepTitlesNamedAtLeast(Map<String, LinkCandidate> byForm, int minNames) {
        Map<String, Integer> namesPerTitle = new HashMap<>();
        byForm.values().forEach(candidate -> namesPerTitle.merge(candidate.title(), 1, Integer::sum));
        Map<String, LinkCandidate> kept = new HashMap<>();
        byForm.forEach((form, candidate) -> {
            if (namesPerTitle.get(candidate.title()) >= minNames) {
                kept.put(form, candidate);
            }
        });
        return kept;
    }

    long rowsRead() {
        return rows;
    }

    /**
     * Of two spellings that {@link NameForm} merges ("Venezuela", "VENEZUELA"), the one that is its article's
     * own title wins: a rare spelling often has a prior of 1 from a single odd link ("VENEZUELA" to
     * Hugo_Chávez), while the title spelling is how the article is named. Otherwise the higher prior, then the
     * smaller title.
     */
    private static Row better(Row a, Row b) {
        if (a.namesItsTitle() != b.namesItsTitle()) {
            return a.namesItsTitle() ? a : b;
        }
        if (a.candidate().prior() != b.candidate().prior()) {
            return a.candidate().prior() > b.candidate().prior() ? a : b;
        }
        return a.candidate().title().compareTo(b.candidate().title()) <= 0 ? a : b;
    }

    private record Row(LinkCandidate candidate, boolean namesItsTitle) {
    }
}
