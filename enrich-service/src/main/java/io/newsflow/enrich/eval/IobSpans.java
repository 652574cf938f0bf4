package io.newsflow.enrich.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a sentence's chunk tags into spans with the boundary rules of the CoNLL {@code conlleval} script, so that
 * figures are comparable with published ones. Those rules read IOB1 (CoNLL-2003: {@code I-} everywhere, {@code B-}
 * only where a span directly follows another of the same type), IOB2 ({@code B-} opens every span) and IOBES
 * alike; a type change always closes one span and opens the next, and an {@code I-} after {@code O} opens a span.
 */
final class IobSpans {
    private static final String OUTSIDE = "O";

    private IobSpans() {
    }

    static List<TypedSpan> extract(List<String> tags) {
        List<TypedSpan> spans = new ArrayList<>();
        String previousPrefix = OUTSIDE;
        String previousType = "";
        int start = -1;
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            int dash = tag.indexOf('-');
            String prefix = dash < 0 ? tag : tag.substring(0, dash);
            String type = dash < 0 ? "" : tag.substring(dash + 1);
            if (start >= 0 && endsBefore(previousPrefix, previousType, prefix, type)) {
                spans.add(new TypedSpan(previousType, start, i));
                start = -1;
            }
            if (startsAt(previousPrefix, previousType, prefix, type)) {
                start = i;
            }
            previousPrefix = prefix;
            previousType = type;
        }
        if (start >= 0) {
            spans.add(new TypedSpan(previousType, start, tags.size()));
        }
        return List.copyOf(spans);
    }

    private static boolean endsBefore(String previousPrefix, String previousType, String prefix, String type) {
        return switch (previousPrefix) {
            case "E", "S" -> true;
            case "B", "I" -> prefix.equals("B") || prefix.equals("S") || prefix.equals(OUTSIDE)
                    || !previousType.equals(type);
            default -> !previousPrefix.equals(OUTSIDE) && !previousType.equals(type);
        };
    }

    private static boolean startsAt(String previousPrefix, String previousType, String prefix, String type) {
        return switch (prefix) {
            case "B", "S" -> true;
            case "I", "E" -> previousPrefix.equals(OUTSIDE) || previousPrefix.equals("E") || previousPrefix.equals("S")
                    || !previousType.equals(type);
            default -> !prefix.equals(OUTSIDE) && !previousType.equals(type);
        };
    }
}
