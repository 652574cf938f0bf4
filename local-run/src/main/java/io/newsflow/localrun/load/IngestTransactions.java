package io.newsflow.localrun.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * ingest-service's count of Kafka transactions and of the articles written in them
 * ({@code newsflow_ingest_transaction_articles}, ADR 0030), read from its Prometheus page before and after a
 * phase, so that the report says how many pushes shared each transaction.
 *
 * @param transactions transactions tried so far
 * @param articles     articles in them
 */
record IngestTransactions(double transactions, double articles) {
    private static final String METRIC = "newsflow_ingest_transaction_articles";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** @return the counts now, or empty when the page cannot be read or lacks the metric */
    static Optional<IngestTransactions> read(URI ingestBase) {
        try {
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(ingestBase.resolve("/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return page.statusCode() == 200 ? parse(page.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static Optional<IngestTransactions> parse(String prometheusText) {
        Double count = null;
        Double sum = null;
        for (String line : prometheusText.split("\n")) {
            if (line.startsWith(METRIC + "_count")) {
                count = value(line);
            } else if (line.startsWith(METRIC + "_sum")) {
                sum = value(line);
            }
        }
        return count == null || sum == null ? Optional.empty() : Optional.of(new IngestTransactions(count, sum));
    }

    private static Double value(String line) {
        try {
            return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** What happened between {@code before} and this reading, for the report. */
    String since(IngestTransactions before) {
        double transactionsInPhase = transactions - before.transactions;
        double articlesInPhase = articles - before.articles;
        return transactionsInPhase <= 0 ? "no ingest transactions"
                : String.format(Locale.ROOT, "%.0f ingest transactions, %.2f articles each on average",
                transactionsInPhase, articlesInPhase / transactionsInPhase);
    }
}
