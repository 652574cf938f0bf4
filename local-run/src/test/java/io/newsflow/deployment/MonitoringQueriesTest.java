package io.newsflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How metric names are found in PromQL, and that every alert has its runbook section. */
class MonitoringQueriesTest {

    @Test
    void findsMetricsButNotFunctionsLabelsKeywordsOrRanges() {
        assertThat(MonitoringQueries.metricNames("""
                histogram_quantile(0.95, sum by (le, stage) (rate(app_latency_seconds_bucket{topic="a.b", \
                job=~"x|y"}[$__rate_interval]))) > 1 and on (pod) absent(app_up) or deriv(sum(lag)[15m:1m]) > 0"""))
                .containsExactlyInAnyOrder("app_latency_seconds_bucket", "app_up", "lag");
    }

    @Test
    void findsNoMetricInALabelValue() {
        assertThat(MonitoringQueries.metricNames("sum(requests_total{uri=\"/api/v1/metric_like\"})"))
                .containsExactly("requests_total");
    }

    @Test
    void everyAlertHasARunbookSectionOfItsNameAndLinksToIt() throws Exception {
        String runbook = Files.readString(RepositoryRoot.resolve("docs/runbook.md"));
        assertThat(MonitoringQueries.alerts()).isNotEmpty().allSatisfy(alert -> {
            Pattern section = Pattern.compile("^### " + Pattern.quote(alert.name()) + "\\s*$", Pattern.MULTILINE);
            assertThat(section.matcher(runbook).find()).as("docs/runbook.md section '### " + alert.name() + "'")
                    .isTrue();
            assertThat(alert.annotations()).as(alert.name() + " annotations")
                    .containsEntry("runbook", "docs/runbook.md#" + alert.name().toLowerCase())
                    .containsKey("summary");
        });
    }

    @Test
    void alertsCoverLagDeadLettersSilenceFeedsAndServerErrors() {
        assertThat(MonitoringQueries.alerts()).extracting(MonitoringQueries.Alert::name).containsExactlyInAnyOrder(
                "NewsflowEnrichLagGrowing", "NewsflowDeadLetters", "NewsflowNoArticlesEnriched",
                "NewsflowFeedFailing", "NewsflowIngestServerErrors");
    }
}
