package io.newsflow.trends.api;

import io.newsflow.trends.trend.TrendView;
import org.springframework.http.MediaType;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * A trending list, or one entity's timeline, as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break in
 * double quotes), for analysts who take the figures into a spreadsheet. A text cell that a spreadsheet would read
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
            csv.append(rank++).append(',')
                    .append(text(view.key())).append(',')
                    .append(text(view.label())).append(',')
                    .append(text(view.type())).append(',')
                    .append(view.window()).append(',')
                    .append(view.windowStart()).append(',')
                    .append(view.windowEnd()).append(',')
                    .append(ranked.matching()).append(',')
                    .append(view.articles()).append(',')
                    .append(view.mentions()).append(',')
                    .append(view.meanSentiment() == null ? "" : view.meanSentiment().toString()).append(',')
                    .append(text(counts(view.sources()))).append(',')
                    .append(text(view.related().stream().limit(RELATED_IN_CSV)
                            .map(related -> related.label() + " (" + related.articles() + ")")
                            .collect(Collectors.joining("; "))))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** One row per window of the entity's timeline, oldest first as the page holds them. */
    static String writeTimeline(TrendsController.EntityPage page) {
        StringBuilder csv = new StringBuilder(TIMELINE_HEADER).append("\r\n");
        for (TrendsController.TimelinePoint point : page.timeline()) {
            csv.append(text(page.key())).append(',')
                    .append(text(page.label())).append(',')
                    .append(text(page.type())).append(',')
                    .append(page.window()).append(',')
                    .append(point.windowStart()).append(',')
                    .append(point.articles()).append(',')
                    .append(point.mentions()).append(',')
                    .append(point.meanSentiment() == null ? "" : point.meanSentiment().toString()).append(',')
                    .append(text(counts(point.sources() == null ? Map.of() : point.sources()))).append(',')
                    .append(text(String.join("; ", point.articleIds())))
                    .append("\r\n");
        }
        return csv.toString();
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
