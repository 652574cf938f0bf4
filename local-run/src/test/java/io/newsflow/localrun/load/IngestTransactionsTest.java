package io.newsflow.localrun.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IngestTransactionsTest {
    private static final String PAGE = """
            # HELP newsflow_ingest_transaction_articles Articles written in one Kafka transaction
            # TYPE newsflow_ingest_transaction_articles summary
            newsflow_ingest_transaction_articles{quantile="0.5"} 3.0
            newsflow_ingest_transaction_articles_count 120.0
            newsflow_ingest_transaction_articles_sum 480.0
            newsflow_ingest_articles_accepted_total 480.0
            """;

    @Test
    void readsTheCountAndSumOfArticlesPerTransaction() {
        assertThat(IngestTransactions.parse(PAGE)).contains(new IngestTransactions(120, 480));
        assertThat(IngestTransactions.parse("newsflow_ingest_articles_accepted_total 5.0\n")).isEmpty();
    }

    @Test
    void saysWhatAPhaseAdded() {
        IngestTransactions before = new IngestTransactions(20, 30);
        IngestTransactions after = new IngestTransactions(120, 480);

        assertThat(after.since(before)).isEqualTo("100 ingest transactions, 4.50 articles each on average");
        assertThat(before.since(before)).isEqualTo("no ingest transactions");
    }
}
