package io.newsflow.trends.api;

import io.newsflow.trends.trend.TrendView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TrendCsvTest {
    private static final Instant START = Instant.parse("2026-12-07T08:00:00Z");

    @Test
    void writesOneRowPerKeyInRankOrderWithCountsAndRelatedEntities() {
        Map<String, Long> sources = new LinkedHashMap<>();
        sources.put("local", 1L);
        sources.put("wire", 3L);
        TrendView fnv = view("ORGANIZATION:fnv", "FNV", 0.25, sources, List.of(
                new TrendView.RelatedCount("PERSON:marieke de groot", "Marieke de Groot", 2)));
        String csv = TrendCsv.write(list(new TrendsController.RankedTrend(4, fnv),
                new TrendsController.RankedTrend(1, view("PERSON:ada", "Ada", null, Map.of(), List.of()))));

        assertThat(csv.split("\r\n", -1)).containsExactly(TrendCsv.HEADER,
                "1,ORGANIZATION:fnv,FNV,ORGANIZATION,1h,2026-12-07T08:00:00Z,2026-12-07T09:00:00Z,4,4,7,0.25,"
                        + "wire (3); local (1),Marieke de Groot (2)",
                "2,PERSON:ada,Ada,ORGANIZATION,1h,2026-12-07T08:00:00Z,2026-12-07T09:00:00Z,1,4,7,,,",
                "");
    }

    @Test
    void writesAnEntityTimelineOneRowPerWindowOldestFirst() {
        TrendsController.EntityPage page = new TrendsController.EntityPage("PERSON:ada", "Ada", "PERSON", "15m",
                List.of(new TrendsController.TimelinePoint(START, 2, 3, 0.5, List.of("wire:a", "desk:b"),
                                Map.of("wire", 1L, "desk", 1L)),
                        new TrendsController.TimelinePoint(START.plusSeconds(900), 1, 1, null, List.of("wire:c"),
                                Map.of("wire", 1L))),
                List.of(), List.of());

        assertThat(TrendCsv.writeTimeline(page).split("\r\n", -1)).containsExactly(TrendCsv.TIMELINE_HEADER,
                "PERSON:ada,Ada,PERSON,15m,2026-12-07T08:00:00Z,2,3,0.5,desk (1); wire (1),wire:a; desk:b",
                "PERSON:ada,Ada,PERSON,15m,2026-12-07T08:15:00Z,1,1,,wire (1),wire:c",
                "");
    }

    @Test
    void quotesCellsWithCommasQuotesOrLineBreaks() {
        assertThat(TrendCsv.text("Smith, John")).isEqualTo("\"Smith, John\"");
        assertThat(TrendCsv.text("The \"Iron\" Lady")).isEqualTo("\"The \"\"Iron\"\" Lady\"");
        assertThat(TrendCsv.text("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(TrendCsv.text("São Paulo")).isEqualTo("São Paulo");
    }

    @Test
    void aCellASpreadsheetWouldTakeForAFormulaIsWrittenAsText() {
        assertThat(TrendCsv.text("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(TrendCsv.text("+31 6")).isEqualTo("'+31 6");
        assertThat(TrendCsv.text("-1")).isEqualTo("'-1");
        assertThat(TrendCsv.text("@handle")).isEqualTo("'@handle");
        assertThat(TrendCsv.text("\tcmd")).isEqualTo("'\tcmd");
        assertThat(TrendCsv.text("Ada = 1")).as("only a leading sign").isEqualTo("Ada = 1");
    }

    private static TrendsController.TrendList list(TrendsController.RankedTrend... items) {
        return new TrendsController.TrendList("ENTITY", "1h", START, START.plusSeconds(3600), List.of(items));
    }

    private static TrendView view(String key, String label, Double sentiment, Map<String, Long> sources,
                                  List<TrendView.RelatedCount> related) {
        return new TrendView("ENTITY", key, label, "ORGANIZATION", "1h", START, START.plusSeconds(3600), 4, 7,
                sentiment, sources, related, Map.of(), Map.of(), List.of(), null);
    }
}
