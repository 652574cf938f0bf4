package io.newsflow.ingest.feeds.state;

/**
 * Which configured feeds this ingest replica polls. With several replicas each feed is polled by exactly
 * one of them; ownership moves when replicas come and go.
 */
public interface FeedOwnership {

    /** True when this replica should poll the feed now (and its published-versions state is loaded). */
    boolean owns(String feedId);
}
