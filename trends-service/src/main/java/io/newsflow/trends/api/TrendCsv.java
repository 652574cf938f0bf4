package io.newsflow.trends.api;

import io.newsflow.trends.trend.TrendView;
import org.springframework.http.MediaType;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * A trending list, or one entity's timeline, as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a
 * comma, quote or line break in double quotes), for analysts who take the figures into a spreadsheet. A text cell that a spreadsheet would read
 * as a formula (starting with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe: labels and
 * source ids come from the articles, and an article must not be able to put a formula in an analyst's sheet.
 */
final class TrendCsv {
    static final MediaType MEDIA_TYPE = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    static final String HEADER = "rank,key,label,type,window,window_start,window_end,matching_articles,articles,"
            + "mentions,mean_sentiment,sources,top_related";
    static final String TIMELINE_HEADER = "key,label,type,window,window_start,articles,mentions,mean_sentiment,sources,"
            + "article_ids";
    private static final int RELATED_IN_CSV = 5;

    private TrendCsv() {
    }

    static String write(TrendsController.TrendList list) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        int rank = 1;
        for (TrendsController.RankedTrend ranked : list.items()) {
            TrendView view = ranked.trend();
            row(csv, rank++, text(view.key()), text(view.label()), text(view.type()), view.window(),
                    view.windowStart(), view.windowEnd(), ranked.matching(), view.articles(), view.mentions(),
                    number(view.meanSentiment()), text(counts(view.sources())),
                    text(view.related().stream().limit(RELATED_IN_CSV)
                            .map(related -> related.label() + " (" + related.articles() + ")")
                            .collect(Collectors.joining("; "))));
        }
        return csv.toString();
    }

    /** One row per window of the entity's timeline, oldest first as the page holds them. */
    static String writeTimeline(TrendsController.EntityPage page) {
        StringBuilder csv = new StringBuilder(TIMELINE_HEADER).append("\r\n");
        for (TrendsController.TimelinePoint point : page.timeline()) {
            row(csv, text(page.key()), text(page.label()), text(page.type()), page.window(), point.windowStart(),
                    point.articles(), point.mentions(), number(point.meanSentiment()),
                    text(counts(point.sources() == null ? Map.of() : point.sources())),
                    text(String.join("; ", point.articleIds())));
        }
        return csv.toString();
    }

    /** One record: the cells (text cells already through {@link #text}) joined by commas, then CRLF. */
    private static void row(StringBuilder csv, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cells[i]);
        }
        csv.append("\r\n");
    }

    private static String number(Double value) {
        return value == null ? "" : value.toString();
    }

    /** {@code source (count); …}, most articles first, ties by source. */
    private static String counts(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> entry.getKey() + " (" + entry.getValue() + ")")
                .collect(Collectors.joining("; "));
    }

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String cell = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
