package io.newsflow.enrich.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a mention at a lower-case word that cannot be part of a name. The CRF sometimes runs two names
 * together across a small word, above all in headlines ("Social Democrats keep Hamburg as Greens and
 * conservatives gain" gives the organisation "Hamburg as Greens"). Names do contain lower-case particles
 * ("Port of Rotterdam", "Pieter van Dalen", "Banco de Portugal"); those are kept.
 */
final class LowercaseWordSplitter {
    private static final Set<String> NAME_PARTICLES = Set.of(
            "of", "on", "for", "the", "and", "&", "de", "del", "della", "der", "den", "des", "di", "van", "von",
            "da", "das", "do", "dos", "du", "la", "le", "les", "y", "e", "al", "el", "bin", "ibn", "zu", "ter",
            "op", "in", "upon", "am", "an", "of.");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private LowercaseWordSplitter() {
    }

    static List<NerSpan> split(List<NerSpan> spans) {
        List<NerSpan> result = new ArrayList<>(spans.size());
        for (NerSpan span : spans) {
            result.addAll(split(span));
        }
        return result;
    }

    private static List<NerSpan> split(NerSpan span) {
        List<NerSpan> parts = new ArrayList<>();
        int partStart = -1;
        int partEnd = -1;
        Matcher word = WORD.matcher(span.text());
        while (word.find()) {
            if (breaksName(word.group())) {
                addPart(span, partStart, partEnd, parts);
                partStart = -1;
            } else {
                if (partStart < 0) {
                    partStart = word.start();
                }
                partEnd = word.end();
            }
        }
        addPart(span, partStart, partEnd, parts);
        return parts.isEmpty() ? List.of(span) : parts;
    }

    private static boolean breaksName(String word) {
        return Character.isLowerCase(word.codePointAt(0)) && !NAME_PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void addPart(NerSpan span, int start, int end, List<NerSpan> parts) {
        if (start >= 0) {
            parts.add(span.narrowedTo(span.start() + start, span.start() + end));
        }
    }
}
