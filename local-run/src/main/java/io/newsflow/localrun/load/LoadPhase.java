package io.newsflow.localrun.load;

import io.newsflow.localrun.fault.ArticlePusher;
import io.newsflow.localrun.fault.EnrichedCounter;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One phase of a load run: pushes its articles (as fast as ingest-service takes them, or at a fixed rate),
 * resends what got no 202 as a client would, waits until every acknowledged article is on the enriched topic
 * (or nothing new arrives for the timeout), sampling lag and printing progress all along.
 */
final class LoadPhase {
    private static final int RESEND_ROUNDS = 5;
    /** After the last expected record: time for a late duplicate to show up. */
    private static final Duration DUPLICATE_WATCH = Duration.ofSeconds(5);

    /** What every phase shares. */
    record Context(URI ingestBase, EnrichedCounter counter, ConsumerLagProbe lag, LoadRunOptions options,
                   PrintStream out) {
    }

    private final String name;
    private final WireArticles articles;
    private final int count;
    private final OptionalInt rate;

    /** @param rate articles per second; empty: as fast as {@code --pushers} concurrent requests go */
    LoadPhase(String name, WireArticles articles, int count, OptionalInt rate) {
        this.name = name;
        this.articles = articles;
        this.count = count;
        this.rate = rate;
    }

    PhaseResult run(Context context) throws InterruptedException {
        LoadRunOptions options = context.options();
        ArticlePusher pusher = new ArticlePusher(context.ingestBase(), LoadRun.SOURCE, "application/json",
                articles::json);
        String keyPrefix = LoadRun.SOURCE + ":" + articles.idPrefix();
        context.out().printf(Locale.ROOT, "Phase %s: pushing %d articles %s with %d requests in flight%n", name, count,
                rate.isPresent() ? "at " + rate.getAsInt() + "/s" : "at the maximum rate", options.pushers());

        long startedNanos = System.nanoTime();
        LagSeries series = new LagSeries();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> sample(context, pusher, keyPrefix, startedNanos, series),
                options.sampleEvery().toMillis(), options.sampleEvery().toMillis(), TimeUnit.MILLISECONDS);
        ExecutorService pushing = Executors.newFixedThreadPool(options.pushers());
        Duration pushTime;
        int resent;
        try {
            push(pusher, pushing, count);
            pushTime = Duration.ofNanos(System.nanoTime() - startedNanos);
            resent = resendUnacknowledged(pusher, pushing, count, context.out());
            awaitEnriched(context, pusher);
        } finally {
            pushing.shutdownNow();
            sampler.shutdownNow();
            sampler.awaitTermination(10, TimeUnit.SECONDS);
        }
        sample(context, pusher, keyPrefix, startedNanos, series);

        List<EnrichedCounter.Arrival> arrivals = context.counter().arrivals().stream()
                .filter(arrival -> arrival.key().startsWith(keyPrefix)).toList();
        Map<String, Integer> copies = new HashMap<>();
        arrivals.forEach(arrival -> copies.merge(arrival.key(), 1, Integer::sum));
        Set<String> acked = Set.copyOf(pusher.acked().values());
        int lost = (int) acked.stream().filter(id -> !copies.containsKey(id)).count();
        return new PhaseResult(name, rate, count, acked.size(), resent, pushTime, copies.size(), arrivals.size(),
                lost, Throughput.sustained(arrivals.stream().map(EnrichedCounter.Arrival::seenAtMs).toList()),
                Percentiles.of(arrivals.stream().map(EnrichedCounter.Arrival::eventLatencyMs).toList()),
                Percentiles.of(arrivals.stream().map(EnrichedCounter.Arrival::visibleLatencyMs).toList()), series);
    }

    private void push(ArticlePusher pusher, ExecutorService pushing, int count) throws InterruptedException {
        List<Future<Boolean>> pushes = new ArrayList<>(count);
        if (rate.isEmpty()) {
            for (int number = 0; number < count; number++) {
                int article = number;
                pushes.add(pushing.submit(() -> pusher.push(article)));
            }
        } else {
            long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate.getAsInt();
            long next = System.nanoTime();
            for (int number = 0; number < count; number++) {
                int article = number;
                pushes.add(pushing.submit(() -> pusher.push(article)));
                next += intervalNanos;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
        }
        pushes.forEach(LoadRun::await);
    }

    /** @return how many resends it took */
    private int resendUnacknowledged(ArticlePusher pusher, ExecutorService pushing, int count, PrintStream out)
            throws InterruptedException {
        int resent = 0;
        for (int round = 1; round <= RESEND_ROUNDS; round++) {
            List<Future<Boolean>> resends = new ArrayList<>();
            for (int number = 0; number < count; number++) {
                if (!pusher.isAcked(number)) {
                    int article = number;
                    resends.add(pushing.submit(() -> pusher.push(article)));
                }
            }
            if (resends.isEmpty()) {
                return resent;
            }
            out.printf("  resending %d articles without a 202 (round %d)%n", resends.size(), round);
            resent += resends.size();
            resends.forEach(LoadRun::await);
            TimeUnit.SECONDS.sleep(2);
        }
        return resent;
    }

    /** Until every acknowledged article is enriched, or nothing new arrived for the timeout; then a little more. */
    private void awaitEnriched(Context context, ArticlePusher pusher) throws InterruptedException {
        List<String> acked = List.copyOf(pusher.acked().values());
        Instant waitingSince = Instant.now();
        int checked = 0;
        while (checked < acked.size()) {
            // ids are enriched roughly in the order they were acknowledged: resume where the last check stopped
            while (checked < acked.size() && context.counter().hasSeen(acked.get(checked))) {
                checked++;
            }
            if (checked == acked.size()) {
                break;
            }
            Instant last = context.counter().lastArrival().isAfter(waitingSince)
                    ? context.counter().lastArrival() : waitingSince;
            if (Duration.between(last, Instant.now()).compareTo(context.options().timeout()) > 0) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        TimeUnit.MILLISECONDS.sleep(DUPLICATE_WATCH.toMillis());
    }

    private void sample(Context context, ArticlePusher pusher, String keyPrefix, long startedNanos, LagSeries series) {
        try {
            long lag = context.lag().lag();
            int enriched = (int) context.counter().arrivals().stream().map(EnrichedCounter.Arrival::key)
                    .filter(key -> key.startsWith(keyPrefix)).collect(Collectors.toSet()).size();
            LagSample sample = new LagSample(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos),
                    pusher.ackedCount(), enriched, lag);
            series.add(sample);
            context.out().printf(Locale.ROOT, "  %s %5.0f s: acked %d, enriched %d, consumer lag %s, in flight %d%n",
                    name, sample.elapsedMs() / 1000.0, sample.acked(), sample.enriched(),
                    lag < 0 ? "?" : Long.toString(lag), sample.inFlight());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            context.out().println("  " + name + ": sampling failed: " + e);
        }
    }
}
