package io.newsflow.enrich.eval;

import io.newsflow.common.event.Enrichment;
import io.newsflow.enrich.pipeline.LanguageIdentifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The {@code language} task: accuracy of the pipeline's language identification on one language set. */
final class LanguageTask {
    static final String NAME = "language";
    private static final String NONE = "none";

    private final LanguageSetReader reader = new LanguageSetReader();

    /**
     * @param directory the language set ({@link LanguageSetReader})
     * @param setName   how the set is named in the figures
     * @param err       where progress goes
     */
    TaskResult run(Path directory, String setName, PrintStream err) throws IOException {
        List<LanguageSample> samples = reader.read(directory);
        err.printf("eval language: %s: %d paragraphs; loading the language models%n", setName, samples.size());
        LanguageIdentifier identifier = new LanguageIdentifier();
        Map<String, int[]> correctAndTotal = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        DoubleSummaryStatistics confidence = new DoubleSummaryStatistics();
        for (LanguageSample sample : samples) {
            Optional<Enrichment.Language> language = identifier.identify(sample.text());
            language.ifPresent(identified -> confidence.accept(identified.confidence()));
            String found = language.map(Enrichment.Language::code).orElse(NONE);
            int[] counts = correctAndTotal.computeIfAbsent(sample.code(), code -> new int[2]);
            counts[1]++;
            if (found.equals(sample.code())) {
                counts[0]++;
            } else {
                misses.add(sample.code() + " read as " + found + ": " + sample.text());
            }
        }
        int correct = samples.size() - misses.size();
        double accuracy = (double) correct / samples.size();
        String summary = String.format(Locale.ROOT, "%s %s accuracy=%.4f correct=%d total=%d languages=%d",
                NAME, setName, accuracy, correct, samples.size(), correctAndTotal.size());
        return new TaskResult(summary, markdown(setName, accuracy, confidence, correctAndTotal, misses));
    }

    private static String markdown(String setName, double accuracy, DoubleSummaryStatistics confidence,
                                   Map<String, int[]> correctAndTotal, List<String> misses) {
        StringBuilder md = new StringBuilder();
        md.append("## Language identification: ").append(setName).append("\n\n");
        md.append(String.format(Locale.ROOT, "Accuracy %.4f: the share of paragraphs whose detected ISO 639-1 code "
                + "is the language of the file they come from (%s).%n%n", accuracy, LanguageIdentifier.MODEL_VERSION));
        if (confidence.getCount() > 0) {
            md.append(String.format(Locale.ROOT, "Confidence reported (the probability that the language is right, "
                    + "see docs/event-contract.md): lowest %.4f, mean %.4f over the %d paragraphs.%n%n",
                    confidence.getMin(), confidence.getAverage(), confidence.getCount()));
        }
        md.append("| language | correct | paragraphs |\n|----------|--------:|-----------:|\n");
        correctAndTotal.forEach((code, counts) ->
                md.append("| ").append(code).append(" | ").append(counts[0]).append(" | ").append(counts[1])
                        .append(" |\n"));
        if (!misses.isEmpty()) {
            md.append("\nMisread:\n\n");
            misses.forEach(miss -> md.append("- ").append(miss).append('\n'));
        }
        return md.toString();
    }
}
